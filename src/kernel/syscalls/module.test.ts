// Unit tests of the module-loader syscall: the CommonJS path search step (directory check, the
// base itself, extensions in order, realpath of the file found, its source) and hostile arguments.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { EINVAL } from '../../abi/errno.js';
import { MAX_IO_CHUNK, type Value } from '../../abi/channel.js';
import { Sys } from '../../abi/syscalls.js';
import { O_CREAT, O_WRONLY } from '../fs/inode.js';
import { Vfs } from '../fs/vfs.js';
import type { Kernel } from '../kernel.js';
import type { Process } from '../proc/process-table.js';
import { moduleHandlers } from './module.js';

const ROOT = { uid: 0, gid: 0, groups: [0] };
const vfs = new Vfs({ now: () => 0 });
const kernel = { vfs } as unknown as Kernel;
const proc = { cwd: '/app', cred: ROOT, umask: 0o022 } as unknown as Process;
const find = (...args: Value[]): Value => moduleHandlers[Sys.moduleFind](kernel, proc, args) as Value;
const text = (v: Value): string | null => (v === null ? null : new TextDecoder().decode(v as Uint8Array));

function write(path: string, content: string | Uint8Array): void {
  const file = vfs.open('/', path, O_WRONLY | O_CREAT, 0o644, ROOT, 0);
  assert.equal(typeof file, 'object');
  const bytes = typeof content === 'string' ? new TextEncoder().encode(content) : content;
  if (typeof file === 'number') return;
  file.write(bytes, 0, bytes.length, null);
  file.close();
}

vfs.chmod('/', '/', 0o755, ROOT, true);
for (const dir of ['/app', '/app/lib', '/app/pkg', '/real']) vfs.mkdir('/', dir, 0o755, ROOT, 0);
write('/app/a.js', 'module.exports = 1;\n');
write('/app/b.json', '{"b":2}');
write('/app/both', 'no extension');
write('/app/both.js', 'with extension');
write('/real/target.js', 'linked');
vfs.symlink('/', '/real/target.js', '/app/link.js', ROOT);
vfs.symlink('/', '/real', '/app/reallink', ROOT);
write('/app/huge.js', new Uint8Array(MAX_IO_CHUNK));
const exts = ['.js', '.json', '.node'];

test('[kernel moduleFind] the base itself, when a file, wins over its extensions', () => {
  assert.deepEqual(find('', '/app/both', exts, 1), [1, '/app/both', null]);
  assert.deepEqual(find('', '/app/both', exts, 0), [0, '/app/both.js', null], 'without FIND_SELF only extensions are tried');
});

test('[kernel moduleFind] extensions are tried in order; the source comes with FIND_SOURCE', () => {
  const [kind, file, source] = find('', '/app/a', exts, 3) as [number, string, Uint8Array];
  assert.deepEqual([kind, file, text(source)], [0, '/app/a.js', 'module.exports = 1;\n']);
  assert.deepEqual(find('', '/app/b', exts, 1), [0, '/app/b.json', null]);
  assert.deepEqual(find('', '/app/none', exts, 3), [0, '', null]);
});

test('[kernel moduleFind] a directory is reported by kind, and a relative base resolves from the cwd', () => {
  assert.deepEqual(find('', '/app/lib', exts, 3), [2, '', null]);
  assert.deepEqual(find('', 'pkg', exts, 3), [2, '', null]);
});

test('[kernel moduleFind] the file found is answered by its real path', () => {
  const [, file, source] = find('', '/app/link.js', exts, 3) as [number, string, Uint8Array];
  assert.deepEqual([file, text(source)], ['/real/target.js', 'linked']);
  assert.deepEqual(find('', '/app/reallink/target', exts, 1), [0, '/real/target.js', null]);
});

test('[kernel moduleFind] a dir that is not a directory skips the step', () => {
  assert.deepEqual(find('/app/a.js', '/app/a', exts, 3), [-1, '', null]);
  assert.deepEqual(find('/app/missing', '/app/a', exts, 1), [-1, '', null]);
  assert.deepEqual(find('/app/lib', '/app/a', exts, 1), [0, '/app/a.js', null]);
});

test('[kernel moduleFind] a source too large for one reply is left to the runtime to read', () => {
  assert.deepEqual(find('', '/app/huge.js', exts, 3), [1, '/app/huge.js', null]);
});

test('[kernel moduleFind] hostile arguments get EINVAL', () => {
  assert.equal(find(1, '/app/a', exts, 1), -EINVAL);
  assert.equal(find('', null, exts, 1), -EINVAL);
  assert.equal(find('', '/app/a', '.js', 1), -EINVAL);
  assert.equal(find('', '/app/a', [1], 1), -EINVAL);
  assert.equal(find('', '/app/a', exts, '1'), -EINVAL);
});

test('[kernel moduleFind] a device is found like a file, but its contents are left to the runtime', () => {
  vfs.mkdir('/', '/dev', 0o755, ROOT, 0);
  assert.equal(vfs.mknod('/', '/dev/null', 0o666, 0x103, ROOT, 0), 0);
  assert.deepEqual(find('', '/dev/null', exts, 3), [1, '/dev/null', null]);
});

test('[kernel moduleFind] FIND_PACKAGE answers the package.json beside the real file, null when none', () => {
  vfs.mkdir('/', '/pk', 0o755, ROOT, 0);
  vfs.mkdir('/', '/pk/dirpkg', 0o755, ROOT, 0);
  vfs.mkdir('/', '/pk/dirpkg/package.json', 0o755, ROOT, 0);
  write('/pk/package.json', '{"type":"module"}');
  write('/pk/m.js', 'm');
  write('/pk/dirpkg/d.js', 'd');
  vfs.symlink('/', '/pk/m.js', '/app/pklink.js', ROOT);
  const [kind, file, source, pkg] = find('', '/app/pklink', exts, 7) as [number, string, Uint8Array, Uint8Array];
  assert.deepEqual([kind, file, text(source), text(pkg)], [0, '/pk/m.js', 'm', '{"type":"module"}']);
  assert.deepEqual(find('', '/pk/dirpkg/d.js', exts, 5), [1, '/pk/dirpkg/d.js', null, null], 'a directory named package.json is none');
  assert.deepEqual(find('', '/app/a.js', exts, 5), [1, '/app/a.js', null, null]);
  assert.deepEqual(find('', '/pk/none', exts, 7), [0, '', null], 'nothing found: no package answer');
});

test('[kernel moduleFind] a component the caller may not search hides what is below it', () => {
  const user = { cwd: '/app', cred: { uid: 1000, gid: 1000, groups: [1000] }, umask: 0o022 } as unknown as Process;
  const findAs = (...args: Value[]): Value => moduleHandlers[Sys.moduleFind](kernel, user, args) as Value;
  vfs.mkdir('/', '/app/shut', 0o700, ROOT, 0);
  write('/app/shut/s.js', 's');
  write('/app/unreadable.js', 'u');
  vfs.chmod('/', '/app/unreadable.js', 0o600, ROOT, true);
  assert.deepEqual(findAs('', '/app/shut/s', exts, 3), [0, '', null]);
  assert.deepEqual(findAs('/app/shut', '/app/shut/s', exts, 3), [0, '', null], 'the directory itself may be stat()ed');
  assert.deepEqual(findAs('', '/app/unreadable', exts, 3), [0, '/app/unreadable.js', null], 'found, but its source is left to the runtime');
  assert.deepEqual((find('', '/app/shut/s', exts, 3) as Value[]).slice(0, 2), [0, '/app/shut/s.js']);
});
