// node layer: process.stdin, process.stdout and process.stderr. Output is written synchronously,
// as Node does for files, pipes and terminals on POSIX; input is read with asynchronous syscalls
// that keep the loop alive only while a read is outstanding.
import { Readable, Writable } from '../../stream.js';
import { Buffer } from '../../buffer.js';
import { Sys } from '../../../abi/syscalls.js';
import { MAX_IO_CHUNK } from '../../../abi/channel.js';
import { lastErrno, sysAsync, sysSync } from '../../binding/syscall.js';
import { errnoException, uvException } from '../../binding/uv.js';
import { queueIo, refHandle } from '../loop.js';

/** Writes all of `data` to `fd`, in channel-sized pieces; throws Node's error on failure. */
export function writeAllSync(fd: number, data: Uint8Array): void {
  let offset = 0;
  while (offset < data.byteLength) {
    const piece = data.subarray(offset, Math.min(data.byteLength, offset + MAX_IO_CHUNK));
    const n = sysSync(Sys.write, [fd, piece, null]) as number;
    // Stream writes fail as Node's stream bindings report them: `write EPIPE`.
    if (lastErrno !== 0) throw errnoException(lastErrno, 'write');
    offset += n;
  }
}

export class StdioWriteStream extends Writable {
  readonly fd: number;
  readonly _type: string;
  readonly _isStdio = true;
  isTTY?: boolean;
  columns?: number;
  rows?: number;

  constructor(fd: number, isTTY: boolean) {
    super({ decodeStrings: false, emitClose: false, autoDestroy: true });
    this.fd = fd;
    this._type = isTTY ? 'tty' : 'pipe';
    if (isTTY) {
      this.isTTY = true;
      this.columns = 80;
      this.rows = 24;
    }
  }

  _write(chunk: unknown, encoding: string, callback: (error?: Error | null) => void): void {
    const data = typeof chunk === 'string' ? Buffer.from(chunk, encoding as BufferEncoding) : (chunk as Uint8Array);
    try {
      writeAllSync(this.fd, data);
    } catch (error) {
      callback(error as Error);
      return;
    }
    callback();
  }

  // stdout and stderr are never really closed by the program: Node keeps the descriptor open.
  _destroy(error: Error | null, callback: (error?: Error | null) => void): void {
    callback(error);
  }

  getColorDepth(): number {
    return this.isTTY ? 8 : 1;
  }

  hasColors(count = 16): boolean {
    return this.isTTY === true && count <= 256;
  }

  getWindowSize(): [number, number] {
    return [this.columns ?? 80, this.rows ?? 24];
  }
}

export class StdinStream extends Readable {
  readonly fd = 0;
  isTTY?: boolean;
  private _reading = false;

  constructor(isTTY: boolean) {
    super({ highWaterMark: 65536 });
    if (isTTY) this.isTTY = true;
  }

  _read(size: number): void {
    if (this._reading) return;
    this._reading = true;
    refHandle(1);
    sysAsync(Sys.read, [0, Math.max(size, 65536), null], (errno, value) => {
      queueIo(() => {
        refHandle(-1);
        this._reading = false;
        if (errno !== 0) {
          this.destroy(uvException(errno, 'read'));
          return;
        }
        const bytes = value as Uint8Array;
        if (bytes.byteLength === 0) this.push(null);
        else this.push(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength));
      });
    });
  }

  setRawMode(): this {
    return this;
  }
}
