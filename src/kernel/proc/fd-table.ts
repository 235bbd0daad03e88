// kernel layer: a process's file descriptor table. Descriptors share open descriptions (dup,
// inheritance); a description is released when its last descriptor closes.
import { EBADF, EMFILE } from '../../abi/errno.js';
import type { OpenDescription } from './open-description.js';

/** The per-process limit on open descriptors (Linux's usual soft RLIMIT_NOFILE). */
export const MAX_FDS = 1024;

interface Shared {
  description: OpenDescription;
  refs: number;
}

export class FdTable {
  private readonly _slots: (Shared | undefined)[] = [];
  /** Descriptors in use. */
  private _used = 0;

  /** Installs `description` at the lowest free descriptor; -EMFILE when the table is full. */
  add(description: OpenDescription): number {
    return this._place({ description, refs: 1 }, 0);
  }

  /** Whether every descriptor is taken: calls that open a file for a moment fail with EMFILE then. */
  get full(): boolean {
    return this._used >= MAX_FDS;
  }

  get(fd: number): OpenDescription | undefined {
    return this._slots[fd]?.description;
  }

  close(fd: number): number {
    const shared = this._slots[fd];
    if (!shared) return -EBADF;
    this._slots[fd] = undefined;
    this._used--;
    if (--shared.refs === 0) shared.description.release();
    return 0;
  }

  dup2(oldFd: number, newFd: number): number {
    const shared = this._slots[oldFd];
    if (!shared || newFd < 0 || newFd >= MAX_FDS) return -EBADF;
    if (oldFd === newFd) return newFd;
    if (this._slots[newFd]) this.close(newFd);
    shared.refs++;
    this._slots[newFd] = shared;
    this._used++;
    return newFd;
  }

  /** A copy for a child process: the same descriptions, shared. */
  inherit(fds: number[]): FdTable {
    const child = new FdTable();
    fds.forEach((fd, childFd) => {
      const shared = this._slots[fd];
      if (!shared) return;
      shared.refs++;
      child._slots[childFd] = shared;
      child._used++;
    });
    return child;
  }

  closeAll(): void {
    for (let fd = 0; fd < this._slots.length; fd++) if (this._slots[fd]) this.close(fd);
  }

  private _place(shared: Shared, from: number): number {
    for (let fd = from; fd < MAX_FDS; fd++) {
      if (!this._slots[fd]) {
        this._slots[fd] = shared;
        this._used++;
        return fd;
      }
    }
    return -EMFILE;
  }
}
