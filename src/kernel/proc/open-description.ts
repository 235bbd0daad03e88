// kernel layer: the one open-file type. A file descriptor points at an OpenDescription, which is a
// file of the VFS, one end of a pipe, or a stream device supplied by the host (a terminal, the
// host's stdio); read, write and close dispatch on the kind, as xv6's `struct file` does.
import { EBADF, ESPIPE } from '../../abi/errno.js';
import type { StatResult, VfsFile } from '../fs/vfs.js';

/** A result, a negative errno, or a promise of one when the call has to wait (a pipe, a terminal). */
export type IoResult<T> = T | number | Promise<T | number>;

export interface OpenDescription {
  readonly kind: 'file' | 'pipe' | 'device';
  readonly readable: boolean;
  readonly writable: boolean;
  readonly isatty: boolean;
  /** Bytes read; an empty array at end of file. */
  read(length: number, position: number | null): IoResult<Uint8Array>;
  write(data: Uint8Array, position: number | null): IoResult<number>;
  stat(): StatResult | number;
  /** Called when the last descriptor referring to it is closed. */
  release(): void;
  file?: VfsFile;
}

/** A regular file or directory opened through the VFS. */
export class FileDescription implements OpenDescription {
  readonly kind = 'file';
  readonly isatty = false;
  readonly readable: boolean;
  readonly writable: boolean;
  readonly file: VfsFile;

  constructor(file: VfsFile) {
    this.file = file;
    const access = file.flags & 3;
    this.readable = access !== 1;
    this.writable = access !== 0;
  }

  read(length: number, position: number | null): Uint8Array | number {
    const dst = new Uint8Array(length);
    const n = this.file.read(dst, 0, length, position);
    if (n < 0) return n;
    return n === length ? dst : dst.subarray(0, n);
  }

  write(data: Uint8Array, position: number | null): number {
    return this.file.write(data, 0, data.byteLength, position);
  }

  stat(): StatResult | number {
    return this.file.stat();
  }

  release(): void {
    this.file.close();
  }
}

/** What a host gives the kernel for a terminal or its own stdio. */
export interface HostStream {
  isatty: boolean;
  /** Next chunk of input, or null at end of input. */
  read?(): Promise<Uint8Array | null>;
  /** Writes all of `data` before returning; answers 0, or a negative errno (EPIPE: the reader left). */
  write?(data: Uint8Array): number;
  stat?(): StatResult;
}

/** A device backed by a host stream: reads wait for input; writes go straight to the host. */
export class DeviceDescription implements OpenDescription {
  readonly kind = 'device';
  readonly readable: boolean;
  readonly writable: boolean;
  readonly isatty: boolean;
  private _pending: Uint8Array | null = null;
  private _ended = false;
  private _reading: Promise<void> | null = null;
  private readonly _stream: HostStream;
  private readonly _statFallback: () => StatResult;

  constructor(stream: HostStream, statFallback: () => StatResult) {
    this._stream = stream;
    this._statFallback = statFallback;
    this.readable = typeof stream.read === 'function';
    this.writable = typeof stream.write === 'function';
    this.isatty = stream.isatty;
  }

  read(length: number, position: number | null): IoResult<Uint8Array> {
    if (position !== null) return -ESPIPE;
    if (!this.readable) return -EBADF;
    if (this._pending) return this._take(length);
    if (this._ended) return new Uint8Array(0);
    return this._fill().then(() => (this._pending ? this._take(length) : new Uint8Array(0)));
  }

  write(data: Uint8Array, position: number | null): number {
    if (!this.writable) return -EBADF;
    const errno = this._stream.write!(data);
    return errno < 0 ? errno : data.byteLength;
  }

  stat(): StatResult | number {
    return this._stream.stat ? this._stream.stat() : this._statFallback();
  }

  release(): void {}

  private _take(length: number): Uint8Array {
    const chunk = this._pending!;
    if (chunk.byteLength <= length) {
      this._pending = null;
      return chunk;
    }
    this._pending = chunk.subarray(length);
    return chunk.subarray(0, length);
  }

  // Concurrent readers share one host read so that no input is lost or reordered.
  private _fill(): Promise<void> {
    if (!this._reading) {
      this._reading = this._stream.read!().then((chunk) => {
        this._reading = null;
        if (chunk === null) this._ended = true;
        else if (chunk.byteLength > 0) this._pending = chunk;
      });
    }
    return this._reading;
  }
}
