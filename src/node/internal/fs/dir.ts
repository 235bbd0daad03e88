// node layer: fs.opendir and the Dir class — a directory's entries fetched in one syscall (names
// and types together), then handed out one Dirent at a time, synchronously or asynchronously.
import { Buffer } from '../../buffer.js';
import { Sys } from '../../../abi/syscalls.js';
import { call } from '../../binding/fs.js';
import { nodeError } from '../errors.js';
import { validateBoolean, validateFunction, validateUint32 } from '../validators.js';
import { queueTick } from '../loop.js';
import { getOptions, getValidatedPath, Dirent, direntTypeFromDT } from './utils.js';
import { preq, req, settle } from './req.js';

type Listing = [string[], number[]];

interface DirOptions { encoding: unknown; bufferSize: number; recursive: boolean }

function dirOptions(options: unknown): DirOptions {
  const o = getOptions(options, { encoding: 'utf8' as unknown, bufferSize: 32, recursive: false }) as DirOptions;
  validateUint32(o.bufferSize, 'options.bufferSize', true);
  validateBoolean(o.recursive, 'options.recursive');
  return o;
}

export class Dir {
  private readonly _path: string;
  private readonly _options: DirOptions;
  private readonly _entries: Dirent[] = [];
  /** Subdirectories still to list when recursive. */
  private readonly _pending: string[] = [];
  private _closed = false;

  constructor(path: string, listing: Listing, options: DirOptions) {
    this._path = path;
    this._options = options;
    this._add(path, listing);
  }

  get path(): string {
    return this._path;
  }

  private _add(dir: string, [names, types]: Listing): void {
    const encoding = this._options.encoding;
    for (let i = 0; i < names.length; i++) {
      const name = !encoding || encoding === 'utf8' || encoding === 'utf-8' ? names[i]
        : encoding === 'buffer' ? Buffer.from(names[i]) : Buffer.from(names[i]).toString(encoding as BufferEncoding);
      this._entries.push(new Dirent(name, direntTypeFromDT(types[i]), dir));
      if (this._options.recursive && types[i] === 4) this._pending.push(dir.endsWith('/') ? dir + names[i] : dir + '/' + names[i]);
    }
  }

  private _checkOpen(): void {
    if (this._closed) throw nodeError('ERR_DIR_CLOSED');
  }

  readSync(): Dirent | null {
    this._checkOpen();
    while (this._entries.length === 0 && this._pending.length > 0) {
      const dir = this._pending.shift()!;
      this._add(dir, call(Sys.readdir, [dir], 'scandir', dir) as Listing);
    }
    return this._entries.shift() ?? null;
  }

  read(): Promise<Dirent | null>;
  read(callback: (err: Error | null, dirent?: Dirent | null) => void): void;
  read(callback?: (err: Error | null, dirent?: Dirent | null) => void): Promise<Dirent | null> | void {
    if (callback === undefined) return this._readAsync();
    validateFunction(callback, 'callback');
    settle(this._readAsync(), callback);
  }

  private async _readAsync(): Promise<Dirent | null> {
    this._checkOpen();
    while (this._entries.length === 0 && this._pending.length > 0) {
      const dir = this._pending.shift()!;
      this._add(dir, (await preq(Sys.readdir, [dir], 'scandir', dir)) as Listing);
    }
    return this._entries.shift() ?? null;
  }

  closeSync(): void {
    this._checkOpen();
    this._closed = true;
  }

  close(): Promise<void>;
  close(callback: (err: Error | null) => void): void;
  close(callback?: (err: Error | null) => void): Promise<void> | void {
    if (callback === undefined) {
      if (this._closed) return Promise.reject(nodeError('ERR_DIR_CLOSED'));
      this._closed = true;
      return Promise.resolve();
    }
    validateFunction(callback, 'callback');
    if (this._closed) {
      queueTick(callback, [nodeError('ERR_DIR_CLOSED')]);
      return;
    }
    this._closed = true;
    queueTick(callback, [null]);
  }

  async *entries(): AsyncGenerator<Dirent> {
    try {
      for (;;) {
        const entry = await this._readAsync();
        if (entry === null) break;
        yield entry;
      }
    } finally {
      if (!this._closed) this._closed = true;
    }
  }

  [Symbol.asyncIterator](): AsyncGenerator<Dirent> {
    return this.entries();
  }

  async [Symbol.asyncDispose](): Promise<void> {
    if (!this._closed) await this.close();
  }

  [Symbol.dispose](): void {
    if (!this._closed) this.closeSync();
  }
}

export function opendirSync(path: unknown, options?: unknown): Dir {
  const file = getValidatedPath(path);
  const o = dirOptions(options);
  return new Dir(file, call(Sys.readdir, [file], 'opendir') as Listing, o);
}

export function opendir(path: unknown, options?: unknown, callback?: unknown): void {
  if (typeof options === 'function') {
    callback = options;
    options = undefined;
  }
  validateFunction(callback, 'callback');
  const cb = callback as (err: Error | null, dir?: Dir) => void;
  const file = getValidatedPath(path);
  const o = dirOptions(options);
  req(Sys.readdir, [file], 'opendir', file, undefined, (err, listing) => (err ? cb(err) : cb(null, new Dir(file, listing as Listing, o))));
}

export async function opendirPromise(path: unknown, options?: unknown): Promise<Dir> {
  const file = getValidatedPath(path);
  const o = dirOptions(options);
  return new Dir(file, (await preq(Sys.readdir, [file], 'opendir', file)) as Listing, o);
}
