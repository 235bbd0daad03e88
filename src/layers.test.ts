// Enforces design.md's layer rules on every source file: what each layer may import, and that
// nothing outside src/hosts/ (tests aside) imports a `node:` module.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, dirname, resolve } from 'node:path';

const srcDir = new URL('.', import.meta.url).pathname;

function sourceFiles(dir: string, out: string[] = []): string[] {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = join(dir, entry.name);
    if (entry.isDirectory()) sourceFiles(full, out);
    else if (entry.name.endsWith('.ts') && !entry.name.endsWith('.test.ts') && !entry.name.endsWith('.d.ts')) out.push(full);
  }
  return out;
}

function layerOf(file: string): string {
  const rel = relative(srcDir, file);
  const [top, second] = rel.split('/');
  return top === 'hosts' ? `hosts/${second}` : top;
}

/** Which layers each layer may import from (besides itself). */
const allowed: Record<string, string[]> = {
  abi: [],
  kernel: ['abi'],
  node: ['abi', 'programs'],
  programs: ['node', 'abi'],
  'hosts/node': ['abi', 'kernel', 'node'],
  'hosts/browser': ['abi', 'kernel', 'node'],
  cli: ['hosts/node'],
};

const importRe = /(?:^|\n)\s*(?:import|export)\s[^'"]*?from\s+['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)/g;

for (const file of sourceFiles(srcDir)) {
  const layer = layerOf(file);
  test(`[layers] ${relative(srcDir, file)} imports only what ${layer} may`, () => {
    const text = readFileSync(file, 'utf8');
    for (const match of text.matchAll(importRe)) {
      const spec = match[1] ?? match[2];
      if (spec.startsWith('node:')) {
        assert.ok(layer.startsWith('hosts/') || layer === 'cli', `${spec} imported outside src/hosts/`);
        continue;
      }
      if (!spec.startsWith('.')) continue;
      const target = resolve(dirname(file), spec);
      const targetLayer = layerOf(target);
      if (targetLayer === layer) continue;
      assert.ok(allowed[layer]?.includes(targetLayer), `${layer} must not import ${targetLayer} (${spec})`);
    }
  });
}
