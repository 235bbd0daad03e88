// node layer: fs.ReadStream and fs.WriteStream — streams over a descriptor or a FileHandle, with
// Node's options, events ('open', 'ready', 'close') and counters. Reads go to the kernel in large
// pieces and are handed out in highWaterMark-sized chunks, so a big copy makes few syscalls.
import { MAX_IO_CHUNK } from '../../../abi/channel.js';
import { Buffer } from '../../buffer.js';
import { Readable, Writable, finished } from '../../stream.js';
import { queueIo } from '../loop.js';
import * as binding from '../../binding/fs.js';
import { nodeError } from '../errors.js';
import { validateFunction, validateInteger } from '../validators.js';
import { getOptions, getValidatedFd, getValidatedPath } from './utils.js';

type Cb = (err: Error | null, ...values: any[]) => void;

/** The callback fs calls the streams use, given by fs.ts (which imports this file). */
interface StreamFs {
  open(path: string, flags: unknown, mode: unknown, cb: Cb): void;
  read(fd: number, buffer: Uint8Array, offset: number, length: number, position: number | null, cb: Cb): void;
  write(fd: number, buffer: Uint8Array, offset: number, length: number, position: number | null, cb: Cb): void;
  writev(fd: number, buffers: Uint8Array[], position: number | null, cb: Cb): void;
  close(fd: number, cb: Cb): void;
  fsync(fd: number, cb: Cb): void;
}

/** The direct path's read: up to `length` bytes in buffers of `piece` bytes, one per chunk. */
type Take = (fd: number, length: number, position: number | null, piece: number, cb: (err: Error | null, pieces?: Buffer[]) => void) => void;

let fsImpl: StreamFs;

export function setStreamFs(impl: unknown): void {
  fsImpl = impl as StreamFs;
}

/**
 * How much one read asks for: as many whole chunks of `n` bytes as one channel transfer carries,
 * so that every chunk handed to the stream stays highWaterMark-sized and the read one round trip.
 */
function readAhead(n: number): number {
  return n >= MAX_IO_CHUNK ? n : MAX_IO_CHUNK - MAX_IO_CHUNK % n;
}

interface HandleLike {
  fd: number;
  read(buffer: Uint8Array, offset: number, length: number, position: number | null): Promise<{ bytesRead: number }>;
  write(buffer: Uint8Array, offset: number, length: number, position: number | null): Promise<{ bytesWritten: number }>;
  writev(buffers: Uint8Array[], position: number | null): Promise<{ bytesWritten: number }>;
  close(): Promise<void>;
  sync(): Promise<void>;
  on(event: string, listener: () => void): void;
}

function isHandle(fd: unknown): fd is HandleLike {
  return fd !== null && typeof fd === 'object' && typeof (fd as HandleLike).close === 'function' && 'fd' in (fd as object);
}

/**
 * I/O for a stream that opened its own regular file: the kernel serves such reads and writes at
 * once, so they go through the blocking channel (no message round trip) and only the callback is
 * deferred to the I/O phase. Streams over a caller's fd may be pipes or terminals and stay async.
 */
function directIo(): StreamFs & { take: Take } {
  return {
    ...fsImpl,
    take: (fd, length, position, piece, cb) => {
      let pieces: Buffer[];
      try {
        pieces = readChunks(fd, length, position, piece);
      } catch (err) {
        queueIo(() => cb(err as Error));
        return;
      }
      queueIo(() => cb(null, pieces));
    },
    write: (fd, buffer, offset, length, position, cb) => {
      writeAndReport(fd, buffer.subarray(offset, offset + length), position, cb);
    },
    writev: (fd, buffers, position, cb) => {
      writeAndReport(fd, buffers.length === 1 ? buffers[0] : Buffer.concat(buffers), position, cb);
    },
  };
}

/** A blocking write whose outcome goes to `cb` in the I/O phase, as an asynchronous one's would. */
function writeAndReport(fd: number, bytes: Uint8Array, position: number | null, cb: (err: Error | null, written?: number) => void): void {
  let n: number;
  try {
    n = writePieces(fd, bytes, position);
  } catch (err) {
    queueIo(() => cb(err as Error));
    return;
  }
  queueIo(() => cb(null, n));
}

/** A blocking read of up to `length` bytes as a stream's chunks of `piece` bytes, each its own buffer. */
function readChunks(fd: number, length: number, position: number | null, piece: number): Buffer[] {
  if (length <= MAX_IO_CHUNK) return binding.readPiecesSync(fd, length, position, piece, Buffer.allocUnsafeSlow) as Buffer[];
  // A chunk larger than one transfer: read in several, handed out whole.
  const bytes = readPieces(fd, length, position);
  return [Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength)];
}

/** A blocking read of up to `length` bytes, in pieces the channel can carry, until one is short. */
function readPieces(fd: number, length: number, position: number | null): Uint8Array {
  const pieces: Uint8Array[] = [];
  let total = 0;
  while (total < length) {
    const want = length - total < MAX_IO_CHUNK ? length - total : MAX_IO_CHUNK;
    const piece = binding.readSync(fd, want, position === null ? null : position + total);
    pieces.push(piece);
    total += piece.byteLength;
    if (piece.byteLength < want) break;
  }
  return pieces.length === 1 ? pieces[0] : Buffer.concat(pieces, total);
}

/** A blocking write of any size, in pieces the channel can carry, until one is written short. */
function writePieces(fd: number, bytes: Uint8Array, position: number | null): number {
  if (bytes.byteLength <= MAX_IO_CHUNK) return binding.writeSync(fd, bytes, position);
  let total = 0;
  while (total < bytes.byteLength) {
    const end = total + MAX_IO_CHUNK < bytes.byteLength ? total + MAX_IO_CHUNK : bytes.byteLength;
    const wanted = end - total;
    const written = binding.writeSync(fd, bytes.subarray(total, end), position === null ? null : position + total);
    total += written;
    if (written < wanted) break;
  }
  return total;
}

function isRegularFile(fd: number): boolean {
  const raw = binding.fstatSync(fd);
  return (raw[1] & 0o170000) === 0o100000;
}

/** Callback-style I/O on a plain fd or on a FileHandle. */
function ioFor(handle: HandleLike | null): StreamFs {
  if (handle === null) return fsImpl;
  return {
    open: fsImpl.open,
    read: (_fd, buffer, offset, length, position, cb) => {
      handle.read(buffer, offset, length, position).then((r) => cb(null, r.bytesRead, buffer), cb);
    },
    write: (_fd, buffer, offset, length, position, cb) => {
      handle.write(buffer, offset, length, position).then((r) => cb(null, r.bytesWritten), cb);
    },
    writev: (_fd, buffers, position, cb) => {
      handle.writev(buffers, position).then((r) => cb(null, r.bytesWritten), cb);
    },
    close: (_fd, cb) => {
      handle.close().then(() => cb(null), cb);
    },
    fsync: (_fd, cb) => {
      handle.sync().then(() => cb(null), cb);
    },
  };
}

function validateStartEnd(start: unknown, end: unknown): [number | undefined, number] {
  if (start !== undefined) validateInteger(start, 'start', 0);
  let last = Infinity;
  if (end !== undefined && end !== Infinity) {
    validateInteger(end, 'end', 0);
    last = end as number;
  }
  if (start !== undefined && (start as number) > last) {
    throw nodeError('ERR_OUT_OF_RANGE', 'start', `<= "end" (here: ${last})`, start);
  }
  return [start as number | undefined, last];
}

function streamOptions(options: unknown): Record<string, unknown> {
  return { ...getOptions(options, {}) } as Record<string, unknown>;
}

/** What opening needs of a ReadStream or a WriteStream. */
interface OpenableStream {
  fd: number | null;
  path: string | undefined;
  flags: unknown;
  mode: unknown;
  _io: StreamFs;
}

/**
 * The streams' `_construct`: open the path unless a descriptor was given, then 'open' and
 * 'ready'. A regular file switches to the blocking path, which moves big chunks at once.
 */
function openFileStream(stream: OpenableStream, callback: (err?: Error | null) => void): void {
  if (typeof stream.fd === 'number') {
    callback();
    return;
  }
  stream._io.open(stream.path!, stream.flags, stream.mode, (err, fd: number) => {
    if (err) {
      callback(err);
      return;
    }
    stream.fd = fd;
    if (isRegularFile(fd)) stream._io = directIo();
    callback();
    // Both stream classes are event emitters; readable-stream's typings do not say so.
    const emitter = stream as unknown as { emit(event: string, ...args: unknown[]): boolean };
    emitter.emit('open', fd);
    emitter.emit('ready');
  });
}

export class ReadStream extends Readable {
  fd: number | null;
  path: string | undefined;
  flags: unknown;
  mode: unknown;
  start: number | undefined;
  end: number;
  pos: number | undefined;
  bytesRead = 0;
  _io: StreamFs & { take?: Take };
  private _handle: HandleLike | null;
  /** Chunks read ahead and not yet pushed: `_ahead[_next]` on. */
  private _ahead: Buffer[] = [];
  private _next = 0;
  private _reading = false;
  private _afterIo: (() => void) | null = null;

  constructor(path: unknown, options?: unknown) {
    const opts = streamOptions(options);
    if (opts.highWaterMark === undefined) opts.highWaterMark = 64 * 1024;
    else if (typeof opts.highWaterMark !== 'number' || !Number.isFinite(opts.highWaterMark) || (opts.highWaterMark as number) < 0) {
      throw nodeError('ERR_INVALID_ARG_VALUE', 'options.highWaterMark', opts.highWaterMark);
    }
    let fd: number | null = null;
    let handle: HandleLike | null = null;
    let file: string | undefined;
    if (opts.fd == null) file = getValidatedPath(path);
    else if (isHandle(opts.fd)) {
      handle = opts.fd;
      fd = handle.fd;
    } else fd = getValidatedFd(opts.fd);
    const [start, end] = validateStartEnd(opts.start, opts.end);
    opts.autoDestroy = opts.autoClose === undefined ? true : opts.autoClose;
    super(opts);
    this.fd = fd;
    this._handle = handle;
    this._io = ioFor(handle);
    this.path = file;
    this.flags = opts.flags === undefined ? 'r' : opts.flags;
    this.mode = opts.mode === undefined ? 0o666 : opts.mode;
    this.start = start;
    this.end = end;
    this.pos = start;
    if (handle !== null) handle.on('close', () => { if (!this.destroyed) this.destroy(); });
  }

  get autoClose(): boolean {
    return (this as unknown as { _readableState: { autoDestroy: boolean } })._readableState.autoDestroy;
  }

  set autoClose(value: boolean) {
    (this as unknown as { _readableState: { autoDestroy: boolean } })._readableState.autoDestroy = value;
  }

  get pending(): boolean {
    return this.fd === null;
  }

  _construct(callback: (err?: Error | null) => void): void {
    openFileStream(this, callback);
  }

  _read(n: number): void {
    n = this.pos !== undefined ? Math.min(this.end - this.pos + 1, n) : Math.min(this.end - this.bytesRead + 1, n);
    if (n <= 0) {
      this.push(null);
      return;
    }
    if (this._next < this._ahead.length) {
      const chunk = this._ahead[this._next++];
      if (this._next === this._ahead.length) {
        this._ahead = [];
        this._next = 0;
      }
      if (this.pos !== undefined) this.pos += chunk.byteLength;
      // Each chunk arrives in its own I/O callback, as it would from its own read.
      this._reading = true;
      queueIo(() => {
        this._reading = false;
        const after = this._afterIo;
        this._afterIo = null;
        if (after) after();
        else this._deliver(chunk);
      });
      return;
    }
    const remaining = this.pos !== undefined ? this.end - this.pos + 1 : this.end - this.bytesRead + 1;
    const size = this._handle === null ? Math.min(readAhead(n), remaining) : n;
    this._reading = true;
    const take = this._io.take;
    if (take !== undefined) {
      take(this.fd!, size, this.pos ?? null, n, (err, pieces) => {
        if (pieces === undefined || pieces.length === 0) {
          this._readDone(err, err ? null : Buffer.alloc(0));
          return;
        }
        if (pieces.length > 1) {
          this._ahead = pieces;
          this._next = 1;
        }
        this._readDone(err, pieces[0]);
      });
      return;
    }
    const buffer = Buffer.allocUnsafeSlow(size);
    this._io.read(this.fd!, buffer, 0, size, this.pos ?? null, (err, bytesRead: number) => {
      // As Node does, a short read's chunk is a buffer of its own size.
      this._readDone(err, err ? null : bytesRead === size ? buffer : Buffer.from(buffer.subarray(0, bytesRead)));
    });
  }

  /** The stream's read came back: `got` is its next chunk (empty at the end), null on error. */
  private _readDone(err: Error | null, got: Buffer | null): void {
    this._reading = false;
    const after = this._afterIo;
    this._afterIo = null;
    if (after) {
      after();
      return;
    }
    if (err || got === null) {
      this.destroy(err);
      return;
    }
    if (got.byteLength === 0) {
      this.push(null);
      return;
    }
    if (this.pos !== undefined) this.pos += got.byteLength;
    this._deliver(got);
  }

  private _deliver(chunk: Uint8Array): void {
    this.bytesRead += chunk.byteLength;
    this.push(chunk);
  }

  _destroy(err: Error | null, callback: (err: Error | null) => void): void {
    const finish = (): void => {
      if (this.fd === null || this.fd === -1) {
        callback(err);
        return;
      }
      const fd = this.fd;
      this.fd = null;
      this._io.close(fd, (er) => callback(er || err));
    };
    if (this._reading) this._afterIo = finish;
    else finish();
  }

  close(callback?: (err?: Error | null) => void): void {
    if (typeof callback === 'function') finished(this, callback);
    this.destroy();
  }
}

export class WriteStream extends Writable {
  fd: number | null;
  path: string | undefined;
  flags: unknown;
  mode: unknown;
  start: number | undefined;
  pos: number | undefined;
  bytesWritten = 0;
  flush: boolean;
  _io: StreamFs;
  private _writing = false;
  private _afterIo: (() => void) | null = null;

  constructor(path: unknown, options?: unknown) {
    const opts = streamOptions(options);
    opts.decodeStrings = true;
    let fd: number | null = null;
    let handle: HandleLike | null = null;
    let file: string | undefined;
    if (opts.fd == null) file = getValidatedPath(path);
    else if (isHandle(opts.fd)) {
      handle = opts.fd;
      fd = handle.fd;
    } else fd = getValidatedFd(opts.fd);
    if (opts.start !== undefined) validateInteger(opts.start, 'start', 0);
    if (opts.flush !== undefined && typeof opts.flush !== 'boolean') {
      throw nodeError('ERR_INVALID_ARG_TYPE', 'options.flush', 'boolean', opts.flush);
    }
    opts.autoDestroy = opts.autoClose === undefined ? true : opts.autoClose;
    super(opts);
    this.fd = fd;
    this._io = ioFor(handle);
    this.path = file;
    this.flags = opts.flags === undefined ? 'w' : opts.flags;
    this.mode = opts.mode === undefined ? 0o666 : opts.mode;
    this.start = opts.start as number | undefined;
    this.pos = this.start;
    this.flush = opts.flush === true;
    if (opts.encoding) this.setDefaultEncoding(opts.encoding as BufferEncoding);
    if (handle !== null) handle.on('close', () => { if (!this.destroyed) this.destroy(); });
  }

  get autoClose(): boolean {
    return (this as unknown as { _writableState: { autoDestroy: boolean } })._writableState.autoDestroy;
  }

  set autoClose(value: boolean) {
    (this as unknown as { _writableState: { autoDestroy: boolean } })._writableState.autoDestroy = value;
  }

  get pending(): boolean {
    return this.fd === null;
  }

  _construct(callback: (err?: Error | null) => void): void {
    openFileStream(this, callback);
  }

  private _done(callback: (err?: Error | null) => void, err: Error | null, bytes: number): void {
    this._writing = false;
    const after = this._afterIo;
    this._afterIo = null;
    if (after) {
      after();
      return;
    }
    if (err) {
      callback(err);
      return;
    }
    this.bytesWritten += bytes;
    callback();
  }

  _write(data: Uint8Array, _encoding: string, callback: (err?: Error | null) => void): void {
    this._writing = true;
    this._io.write(this.fd!, data, 0, data.byteLength, this.pos ?? null, (err, bytes: number) => this._done(callback, err, bytes));
    if (this.pos !== undefined) this.pos += data.byteLength;
  }

  _writev(chunks: { chunk: Uint8Array }[], callback: (err?: Error | null) => void): void {
    const buffers = chunks.map((c) => c.chunk);
    let size = 0;
    for (const b of buffers) size += b.byteLength;
    this._writing = true;
    this._io.writev(this.fd!, buffers, this.pos ?? null, (err, bytes: number) => this._done(callback, err, bytes));
    if (this.pos !== undefined) this.pos += size;
  }

  _final(callback: (err?: Error | null) => void): void {
    if (!this.flush || this.fd === null) {
      callback();
      return;
    }
    this._io.fsync(this.fd, (err) => callback(err));
  }

  _destroy(err: Error | null, callback: (err: Error | null) => void): void {
    const finish = (): void => {
      if (this.fd === null || this.fd === -1) {
        callback(err);
        return;
      }
      const fd = this.fd;
      this.fd = null;
      this._io.close(fd, (er) => callback(er || err));
    };
    if (this._writing) this._afterIo = finish;
    else finish();
  }

  close(callback?: (err?: Error | null) => void): void {
    if (callback !== undefined) {
      validateFunction(callback, 'cb');
      if (this.closed) {
        queueMicrotask(() => callback(nodeError('ERR_STREAM_DESTROYED', 'close')));
        return;
      }
      this.on('close', () => callback());
    }
    if (!(this as unknown as { autoClose: boolean }).autoClose) this.on('finish', () => this.destroy());
    this.end();
  }

  destroySoon(): void {
    this.end();
  }
}
