// Unit tests of the digest syscalls: sessions gathered in pieces, copies, read-back, the session
// limit and hostile arguments, compared with the real node:crypto digests.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { EAGAIN, EBADF, EINVAL } from '../../abi/errno.js';
import { DIGEST_MAX_SESSIONS, Sys } from '../../abi/syscalls.js';
import type { Value } from '../../abi/channel.js';
import type { Kernel } from '../kernel.js';
import type { Process } from '../proc/process-table.js';
import { cryptoHandlers } from './crypto.js';

const kernel = {} as Kernel;
const sys = (p: object, no: number, args: Value[]): Value | Promise<Value> => cryptoHandlers[no](kernel, p as Process, args);
const hex = (v: Value): string => Buffer.from(v as Uint8Array).toString('hex');

test('[kernel digest] a message sent in pieces digests as node:crypto does, for each algorithm', async () => {
  const p = {};
  const a = new Uint8Array(3000).map((_, i) => i * 7);
  const b = new TextEncoder().encode('tail');
  for (const [name, node] of [['SHA-1', 'sha1'], ['SHA-256', 'sha256'], ['SHA-384', 'sha384'], ['SHA-512', 'sha512']]) {
    const id = sys(p, Sys.digestOpen, [name]) as number;
    assert.equal(sys(p, Sys.digestWrite, [id, a]), 0);
    assert.equal(sys(p, Sys.digestWrite, [id, b]), 0);
    assert.equal(hex(await sys(p, Sys.digestEnd, [id])), createHash(node).update(a).update(b).digest('hex'));
    assert.equal(sys(p, Sys.digestEnd, [id]), -EBADF, 'the session ended');
  }
});

test('[kernel digest] a copy goes on independently; read-back returns the bytes from an offset', async () => {
  const p = {};
  const id = sys(p, Sys.digestOpen, ['SHA-256']) as number;
  sys(p, Sys.digestWrite, [id, new Uint8Array([1, 2, 3])]);
  const copy = sys(p, Sys.digestCopy, [id]) as number;
  sys(p, Sys.digestWrite, [copy, new Uint8Array([4])]);
  assert.deepEqual([...(sys(p, Sys.digestRead, [copy, 1]) as Uint8Array)], [2, 3, 4]);
  assert.deepEqual([...(sys(p, Sys.digestRead, [id, 3]) as Uint8Array)], []);
  assert.equal(hex(await sys(p, Sys.digestEnd, [id])), createHash('sha256').update(Buffer.from([1, 2, 3])).digest('hex'));
  assert.equal(hex(await sys(p, Sys.digestEnd, [copy])), createHash('sha256').update(Buffer.from([1, 2, 3, 4])).digest('hex'));
});

test('[kernel digest] hostile or foreign arguments get errnos', () => {
  const p = {};
  const other = {};
  assert.equal(sys(p, Sys.digestOpen, ['MD5']), -EINVAL);
  assert.equal(sys(p, Sys.digestOpen, [7]), -EINVAL);
  const id = sys(p, Sys.digestOpen, ['SHA-1']) as number;
  assert.equal(sys(other, Sys.digestWrite, [id, new Uint8Array(1)]), -EBADF, 'sessions belong to their process');
  assert.equal(sys(p, Sys.digestWrite, [id, 'text']), -EINVAL);
  assert.equal(sys(p, Sys.digestWrite, ['x', new Uint8Array(1)]), -EBADF);
  assert.equal(sys(p, Sys.digestRead, [id, -1]), -EINVAL);
  assert.equal(sys(p, Sys.digestRead, [id, 1.5]), -EINVAL);
  assert.equal(sys(p, Sys.digestFree, [id]), 0);
  assert.equal(sys(p, Sys.digestFree, [id]), -EBADF);
});

test('[kernel digest] a process holds at most DIGEST_MAX_SESSIONS sessions', () => {
  const p = {};
  const ids: number[] = [];
  for (let i = 0; i < DIGEST_MAX_SESSIONS; i++) ids.push(sys(p, Sys.digestOpen, ['SHA-1']) as number);
  assert.equal(sys(p, Sys.digestOpen, ['SHA-1']), -EAGAIN);
  assert.equal(sys(p, Sys.digestCopy, [ids[0]]), -EAGAIN);
  sys(p, Sys.digestFree, [ids.pop()!]);
  assert.ok((sys(p, Sys.digestOpen, ['SHA-1']) as number) > 0);
  assert.ok((sys({}, Sys.digestOpen, ['SHA-1']) as number) > 0, 'another process has its own limit');
});
