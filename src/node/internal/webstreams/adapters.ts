// node layer: the bridges between Node streams and the engine's web streams behind
// Readable/Writable/Duplex.toWeb and .fromWeb.
import { nodeError } from '../errors.js';
import { validateBoolean, validateObject } from '../validators.js';
import { normalizeEncoding } from '../buffer/encoding.js';

/** What the adapters need from the stream module; passed in to avoid an import cycle. */
export interface StreamParts {
  Readable: any;
  Writable: any;
  Duplex: any;
  destroy(stream: unknown, err?: unknown): void;
  finished(stream: unknown, cb: (err?: any) => void): () => void;
  isDestroyed(stream: unknown): boolean | null;
  isReadable(stream: unknown): boolean | null;
  isWritable(stream: unknown): boolean | null;
  AbortError: new (message?: string, options?: object) => Error;
}

// Web streams reject with an AbortError where Node streams report a premature close.
function toWebError(parts: StreamParts, err: any): any {
  if (err?.code === 'ERR_STREAM_PREMATURE_CLOSE') return new parts.AbortError(undefined, { cause: err });
  return err;
}

function byteLength(chunk: any): number {
  return chunk?.byteLength ?? chunk?.length ?? 1;
}

export function readableToWeb(parts: StreamParts, streamReadable: any, options: any = {}): ReadableStream {
  if (typeof streamReadable?._readableState !== 'object') {
    throw nodeError('ERR_INVALID_ARG_TYPE', 'streamReadable', 'stream.Readable', streamReadable);
  }
  if (parts.isDestroyed(streamReadable) || !parts.isReadable(streamReadable)) {
    const cancelled = new ReadableStream();
    cancelled.cancel();
    return cancelled;
  }
  const objectMode: boolean = streamReadable.readableObjectMode;
  const highWaterMark: number = streamReadable.readableHighWaterMark;
  const strategy: QueuingStrategy = options?.strategy ??
    (objectMode ? new CountQueuingStrategy({ highWaterMark }) : { highWaterMark, size: byteLength });
  let controller!: ReadableStreamDefaultController;
  const onData = (chunk: any): void => {
    // A Buffer may be a view into a shared pool; hand the web side its own bytes.
    if (!objectMode && chunk instanceof Uint8Array) chunk = new Uint8Array(chunk);
    controller.enqueue(chunk);
    if ((controller.desiredSize as number) <= 0) streamReadable.pause();
  };
  const cleanup = parts.finished(streamReadable, (err) => {
    cleanup();
    streamReadable.removeListener('data', onData);
    // A legacy stream may emit 'error' again after it has finished.
    streamReadable.on('error', () => {});
    if (err != null) controller.error(toWebError(parts, err));
    else controller.close();
  });
  streamReadable.on('data', onData);
  return new ReadableStream({
    start(c) { controller = c; },
    pull() { streamReadable.resume(); },
    cancel(reason) { parts.destroy(streamReadable, reason); },
  }, strategy);
}

export function readableFromWeb(parts: StreamParts, readableStream: unknown, options: any = {}): any {
  if (!(readableStream instanceof ReadableStream)) {
    throw nodeError('ERR_INVALID_ARG_TYPE', 'readableStream', 'ReadableStream', readableStream);
  }
  validateObject(options, 'options');
  const { highWaterMark, encoding, objectMode = false, signal } = options;
  if (encoding !== undefined && !isEncoding(encoding)) {
    throw nodeError('ERR_INVALID_ARG_VALUE', 'options.encoding', encoding);
  }
  validateBoolean(objectMode, 'options.objectMode');
  const reader = readableStream.getReader();
  let closed = false;
  const readable = new parts.Readable({
    objectMode,
    highWaterMark,
    encoding,
    signal,
    read() {
      reader.read().then((result) => {
        if (result.done) readable.push(null);
        else readable.push(result.value);
      }, (err) => parts.destroy(readable, err));
    },
    destroy(err: any, callback: (err: any) => void) {
      const done = (): void => {
        try {
          callback(err);
        } catch (thrown) {
          // Surface the throw as an uncaught exception rather than a rejected promise.
          setTimeout(() => { throw thrown; }, 0);
        }
      };
      if (!closed) {
        reader.cancel(err).then(done, done);
        return;
      }
      done();
    },
  });
  reader.closed.then(() => { closed = true; }, (err) => {
    closed = true;
    parts.destroy(readable, err);
  });
  return readable;
}

export function writableToWeb(parts: StreamParts, streamWritable: any): WritableStream {
  if (typeof streamWritable?._writableState !== 'object') {
    throw nodeError('ERR_INVALID_ARG_TYPE', 'streamWritable', 'stream.Writable', streamWritable);
  }
  if (parts.isDestroyed(streamWritable) || !parts.isWritable(streamWritable)) {
    const closedStream = new WritableStream();
    closedStream.close();
    return closedStream;
  }
  const highWaterMark: number = streamWritable.writableHighWaterMark;
  const strategy: QueuingStrategy = streamWritable.writableObjectMode
    ? new CountQueuingStrategy({ highWaterMark })
    : { highWaterMark, size: byteLength };
  let controller: WritableStreamDefaultController | undefined;
  let backpressure: { resolve(): void; reject(err: unknown): void } | undefined;
  let closing: { resolve(): void; reject(err: unknown): void } | undefined;
  const onDrain = (): void => {
    const waiter = backpressure;
    backpressure = undefined;
    waiter?.resolve();
  };
  const cleanup = parts.finished(streamWritable, (err) => {
    cleanup();
    streamWritable.removeListener('drain', onDrain);
    streamWritable.on('error', () => {});
    err = toWebError(parts, err);
    if (err != null) {
      backpressure?.reject(err);
      backpressure = undefined;
      if (closing !== undefined) {
        closing.reject(err);
        closing = undefined;
      }
      controller?.error(err);
      controller = undefined;
      return;
    }
    if (closing !== undefined) {
      closing.resolve();
      closing = undefined;
      return;
    }
    const aborted = new parts.AbortError();
    backpressure?.reject(aborted);
    backpressure = undefined;
    controller?.error(aborted);
    controller = undefined;
  });
  streamWritable.on('drain', onDrain);
  return new WritableStream({
    start(c) { controller = c; },
    write(chunk) {
      if (streamWritable.writableNeedDrain || !streamWritable.write(chunk)) {
        return new Promise<void>((resolve, reject) => { backpressure = { resolve, reject }; });
      }
      return undefined;
    },
    abort(reason) { parts.destroy(streamWritable, reason); },
    close() {
      if (closing === undefined && !streamWritable.writableEnded) {
        return new Promise<void>((resolve, reject) => {
          closing = { resolve, reject };
          streamWritable.end();
        });
      }
      return undefined;
    },
  }, strategy);
}

export function writableFromWeb(parts: StreamParts, writableStream: unknown, options: any = {}): any {
  if (!(writableStream instanceof WritableStream)) {
    throw nodeError('ERR_INVALID_ARG_TYPE', 'writableStream', 'WritableStream', writableStream);
  }
  validateObject(options, 'options');
  const { highWaterMark, decodeStrings = true, objectMode = false, signal } = options;
  validateBoolean(objectMode, 'options.objectMode');
  validateBoolean(decodeStrings, 'options.decodeStrings');
  const writer = writableStream.getWriter();
  let closed = false;
  const writable = new parts.Writable({
    highWaterMark,
    objectMode,
    decodeStrings,
    signal,
    writev(chunks: { chunk: unknown }[], callback: (err?: unknown) => void) {
      const fail = (err: unknown): void => {
        writer.abort(err).then(() => callback(err), callback);
      };
      writer.ready.then(() => Promise.all(chunks.map((c) => writer.write(c.chunk))).then(() => callback(), fail), fail);
    },
    write(chunk: unknown, _encoding: string, callback: (err?: unknown) => void) {
      const fail = (err: unknown): void => {
        writer.abort(err).then(() => callback(err), callback);
      };
      writer.ready.then(() => writer.write(chunk).then(() => callback(), fail), fail);
    },
    destroy(err: unknown, callback: (err: unknown) => void) {
      const done = (): void => {
        try {
          callback(err);
        } catch (thrown) {
          setTimeout(() => { throw thrown; }, 0);
        }
      };
      if (!closed) {
        if (err != null) writer.abort(err).then(done, done);
        else writer.close().then(done, done);
        return;
      }
      done();
    },
    final(callback: (err?: unknown) => void) {
      if (closed) {
        callback();
        return;
      }
      writer.close().then(() => callback(), callback);
    },
  });
  writer.closed.then(() => {
    closed = true;
    if (!parts.isWritable(writable)) return;
    parts.destroy(writable, nodeError('ERR_STREAM_PREMATURE_CLOSE'));
  }, (err) => {
    closed = true;
    parts.destroy(writable, err);
  });
  return writable;
}

export function duplexToWeb(parts: StreamParts, duplex: any): { readable: ReadableStream; writable: WritableStream } {
  if (typeof duplex?._readableState !== 'object' || typeof duplex?._writableState !== 'object') {
    throw nodeError('ERR_INVALID_ARG_TYPE', 'duplex', 'stream.Duplex', duplex);
  }
  return { readable: readableToWeb(parts, duplex), writable: writableToWeb(parts, duplex) };
}

export function duplexFromWeb(parts: StreamParts, pair: any, options: any = {}): any {
  validateObject(pair, 'pair');
  const { readable: readableStream, writable: writableStream } = pair;
  if (!(readableStream instanceof ReadableStream)) {
    throw nodeError('ERR_INVALID_ARG_TYPE', 'pair.readable', 'ReadableStream', readableStream);
  }
  if (!(writableStream instanceof WritableStream)) {
    throw nodeError('ERR_INVALID_ARG_TYPE', 'pair.writable', 'WritableStream', writableStream);
  }
  validateObject(options, 'options');
  const { allowHalfOpen = false, objectMode = false, encoding, decodeStrings = true, highWaterMark, signal } = options;
  validateBoolean(objectMode, 'options.objectMode');
  if (encoding !== undefined && !isEncoding(encoding)) {
    throw nodeError('ERR_INVALID_ARG_VALUE', 'options.encoding', encoding);
  }
  const readable = readableFromWeb(parts, readableStream, { highWaterMark, encoding, objectMode });
  const writable = writableFromWeb(parts, writableStream, { highWaterMark, decodeStrings, objectMode });
  const duplex = new parts.Duplex({
    allowHalfOpen,
    highWaterMark,
    objectMode,
    encoding,
    decodeStrings,
    signal,
    read() {
      if (!readable.readableFlowing) readable.resume();
    },
    write(chunk: unknown, encoding: string, callback: (err?: unknown) => void) {
      writable.write(chunk, encoding, callback);
    },
    final(callback: (err?: unknown) => void) {
      writable.end(callback);
    },
    destroy(err: unknown, callback: (err: unknown) => void) {
      parts.destroy(readable, err);
      parts.destroy(writable, err);
      callback(err);
    },
  });
  readable.on('data', (chunk: unknown) => {
    if (!duplex.push(chunk)) readable.pause();
  });
  readable.on('end', () => duplex.push(null));
  readable.on('error', (err: unknown) => parts.destroy(duplex, err));
  writable.on('error', (err: unknown) => parts.destroy(duplex, err));
  readable.pause();
  return duplex;
}

function isEncoding(value: unknown): boolean {
  return typeof value === 'string' && normalizeEncoding(value) !== undefined;
}
