// hosts layer (Node): copies a host directory tree into the kernel's in-memory filesystem (files,
// directories, symlinks, hard links, modes, owners and times), for `nodeling run --memfs`.
import * as fs from 'node:fs';
import { join } from 'node:path';
import { errnoInfo } from '../../abi/errno.js';
import type { Vfs } from '../../kernel/fs/vfs.js';

/** Past these, the copy stops: a huge directory must not exhaust the host's memory. */
export const MEMFS_MAX_BYTES = 256 * 1024 * 1024;
export const MEMFS_MAX_ENTRIES = 100_000;

const ROOT = { uid: 0, gid: 0, groups: [0] };
const O_WRONLY = 1;
const O_CREAT = 0o100;
const O_EXCL = 0o200;

/** A setup failure whose message is meant for the user, without a stack. */
export class HostSetupError extends Error {
  override name = 'HostSetupError';
}

export interface CopyLimits {
  maxBytes: number;
  maxEntries: number;
}

interface CopyState {
  vfs: Vfs;
  limits: CopyLimits;
  bytes: number;
  entries: number;
  /** Virtual path of the first copy of each multiply-linked host file, by "dev:ino". */
  links: Map<string, string>;
}

function check(r: number, what: string, path: string): void {
  if (r < 0) throw new HostSetupError(`cannot copy ${path} into memory: ${what} failed with ${errnoInfo[-r]?.[0] ?? `errno ${-r}`}`);
}

/** Gives a copied node the host node's owner, permission bits and times (chown first: it clears set-id bits). */
function copyAttributes(vfs: Vfs, path: string, st: fs.Stats, isLink: boolean): void {
  check(vfs.chown('/', path, st.uid, st.gid, ROOT, !isLink), 'chown', path);
  if (!isLink) check(vfs.chmod('/', path, st.mode & 0o7777, ROOT, true), 'chmod', path);
  check(vfs.utimes('/', path, st.atimeMs, st.mtimeMs, ROOT, !isLink), 'utimes', path);
}

function copyFile(state: CopyState, hostPath: string, path: string, st: fs.Stats): void {
  state.bytes += st.size;
  if (state.bytes > state.limits.maxBytes) {
    throw new HostSetupError(`${hostPath}: the tree holds more than ${state.limits.maxBytes} bytes, too much to copy into memory`);
  }
  const data = fs.readFileSync(hostPath);
  const file = state.vfs.open('/', path, O_WRONLY | O_CREAT | O_EXCL, 0o600, ROOT, 0);
  if (typeof file === 'number') check(-file, 'open', path);
  else {
    const n = file.write(data, 0, data.length, 0);
    file.close();
    check(n, 'write', path);
  }
}

function copyEntry(state: CopyState, hostPath: string, path: string): void {
  if (++state.entries > state.limits.maxEntries) {
    throw new HostSetupError(`${hostPath}: the tree holds more than ${state.limits.maxEntries} entries, too many to copy into memory`);
  }
  const st = fs.lstatSync(hostPath);
  if (st.isDirectory()) {
    check(state.vfs.mkdir('/', path, 0o700, ROOT, 0), 'mkdir', path);
    copyChildren(state, hostPath, path);
  } else if (st.isSymbolicLink()) {
    check(state.vfs.symlink('/', fs.readlinkSync(hostPath), path, ROOT), 'symlink', path);
  } else if (st.isFile()) {
    const key = `${st.dev}:${st.ino}`;
    const first = st.nlink > 1 ? state.links.get(key) : undefined;
    if (first !== undefined) {
      check(state.vfs.link('/', first, path, ROOT), 'link', path);
      return;
    }
    if (st.nlink > 1) state.links.set(key, path);
    copyFile(state, hostPath, path, st);
  } else {
    // Sockets, FIFOs and devices have no meaning once copied; a program sees them missing.
    return;
  }
  copyAttributes(state.vfs, path, st, st.isSymbolicLink());
}

function copyChildren(state: CopyState, hostDir: string, dir: string): void {
  for (const name of fs.readdirSync(hostDir)) {
    copyEntry(state, join(hostDir, name), dir === '/' ? `/${name}` : `${dir}/${name}`);
  }
}

/**
 * Copies the tree under `hostDir` onto the existing virtual directory `path`, which takes the host
 * directory's owner, mode and times. Throws a HostSetupError past the limits or on a host error.
 */
export function copyTreeIntoMemory(vfs: Vfs, hostDir: string, path: string, limits: CopyLimits = {
  maxBytes: MEMFS_MAX_BYTES, maxEntries: MEMFS_MAX_ENTRIES,
}): void {
  const state: CopyState = { vfs, limits, bytes: 0, entries: 0, links: new Map() };
  try {
    const st = fs.statSync(hostDir);
    if (!st.isDirectory()) throw new HostSetupError(`${hostDir} is not a directory`);
    copyChildren(state, hostDir, path);
    copyAttributes(vfs, path, st, false);
  } catch (error) {
    if (error instanceof HostSetupError) throw error;
    throw new HostSetupError(`cannot copy ${hostDir} into memory: ${(error as Error).message}`);
  }
}
