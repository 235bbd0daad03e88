// Unit tests of the descriptor table's count of descriptors in use, which decides EMFILE for
// calls that open a file only for a moment (readFile, writeFile).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { FdTable, MAX_FDS } from './fd-table.js';
import { DeviceDescription } from './open-description.js';

const stat = () => ({ dev: 0, ino: 0, mode: 0o010600, nlink: 1, uid: 0, gid: 0, rdev: 0, size: 0, blksize: 4096, blocks: 0,
  atimeMs: 0, mtimeMs: 0, ctimeMs: 0, birthtimeMs: 0 }) as never;
const device = () => new DeviceDescription({ isatty: false, write: () => 0 }, stat);

test('[fd-table full] counts adds, closes, dup2 over used and free slots, and inherited tables', () => {
  const fds = new FdTable();
  for (let i = 0; i < MAX_FDS - 1; i++) fds.add(device());
  assert.equal(fds.full, false);
  assert.equal(fds.add(device()), MAX_FDS - 1);
  assert.equal(fds.full, true);
  assert.equal(fds.close(5), 0);
  assert.equal(fds.full, false);
  assert.equal(fds.dup2(3, 7), 7, 'dup2 over a used slot keeps the count');
  assert.equal(fds.full, false);
  assert.equal(fds.dup2(3, 5), 5, 'dup2 into the free slot takes it');
  assert.equal(fds.full, true);
  assert.equal(fds.close(9), 0);
  const child = fds.inherit([0, 1, 2]);
  assert.equal(child.full, false);
  assert.equal(fds.full, false);
  assert.equal(child.close(1), 0);
  assert.equal(child.close(1), -9);
});
