// Unit tests of the build step that names bundled classes by syntax instead of by keep-names calls.
import { test } from 'node:test';
import assert from 'node:assert/strict';
// @ts-expect-error: a plain JavaScript build script, without type declarations.
import { nameClassesStatically } from '../../scripts/class-names.js';

const prelude = 'var __name = (t, v) => Object.defineProperty(t, "name", { value: v, configurable: true });\nclass Base {}\n';

function run(code: string): Record<string, unknown> {
  return new Function(`${prelude}${code}\nreturn { X, Y, Z, W };`)() as Record<string, unknown>;
}

const source = [
  'var X = class extends Base { static { __name(this, "X"); } };',
  'var Y2 = class extends Base { static { __name(this, "Y"); } };',
  'var Y = Y2;',
  'var Z2 = class _Z extends Base { static { __name(this, "Z"); } self() { return _Z; } };',
  'var Z = Z2;',
  // Named by its declaration already: the call goes even though the body refers to W.
  'var W0 = 1; var W = class extends Base { static { __name(this, "W"); } get w() { return W; } };',
].join('\n');

test('[class-names] drops keep-names calls a class does not need, names renamed classes, keeps the rest', () => {
  const { code, kept } = nameClassesStatically(source, 'script');
  assert.equal(kept, 0);
  assert.doesNotMatch(code, /__name\(this, "X"\)/);
  assert.match(code, /class Y extends Base/);
  assert.match(code, /class Z extends Base/);
  assert.match(code, /return Z;/);
  const before = run(source);
  const after = run(code);
  for (const key of ['X', 'Y', 'Z', 'W']) {
    assert.equal((after[key] as Function).name, (before[key] as Function).name, key);
  }
  const Z = after.Z as new () => { self(): unknown };
  assert.equal(new Z().self(), Z);
});

test('[class-names] a class whose body names another binding of its name keeps its call', () => {
  const code = 'var X = 1;\nvar X2 = class extends Base { static { __name(this, "X"); } f() { return X; } };';
  const out = nameClassesStatically(code, 'script');
  assert.equal(out.kept, 1);
  assert.equal(out.code, code);
});
