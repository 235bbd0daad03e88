// node layer: Node's `stream` module — readable-stream 4 (Node's own streams code, ported), plus the
// Node 20 surface it lacks: web stream adapters, duplexPair, Writable disposal, Node's error classes.
import './internal/streams/node_errors.js';
import rs from 'readable-stream/lib/stream.js';
import rsErrors from 'readable-stream/lib/ours/errors.js';
import primordials from 'readable-stream/lib/ours/primordials.js';
import { nodeError } from './internal/errors.js';
import { normalizeEncoding } from './internal/buffer/encoding.js';
import {
  duplexFromWeb,
  duplexToWeb,
  readableFromWeb,
  readableToWeb,
  writableFromWeb,
  writableToWeb,
  type StreamParts,
} from './internal/webstreams/adapters.js';

const Stream = rs;
const { Readable, Writable, Duplex } = rs;
const { AbortError } = rsErrors;

const parts: StreamParts = {
  Readable,
  Writable,
  Duplex,
  destroy: rs.destroy,
  finished: rs.finished,
  isDestroyed: rs.isDestroyed,
  isReadable: rs.isReadable,
  isWritable: rs.isWritable,
  AbortError,
};

// readable-stream leaves these as stubs that need Node's internal adapters.
Readable.toWeb = function toWeb(streamReadable: unknown, options?: object) {
  return readableToWeb(parts, streamReadable, options);
};
Readable.fromWeb = function fromWeb(readableStream: unknown, options?: object) {
  return readableFromWeb(parts, readableStream, options);
};
Writable.toWeb = function toWeb(streamWritable: unknown) {
  return writableToWeb(parts, streamWritable);
};
Writable.fromWeb = function fromWeb(writableStream: unknown, options?: object) {
  return writableFromWeb(parts, writableStream, options);
};
Duplex.toWeb = function toWeb(duplex: unknown) {
  return duplexToWeb(parts, duplex);
};
Duplex.fromWeb = function fromWeb(pair: unknown, options?: object) {
  return duplexFromWeb(parts, pair, options);
};

// Node 20 hands an object-mode _write no encoding unless the writer gave one; readable-stream
// hands it the default encoding. Writes that name none see no default while they are queued.
function withoutDefaultEncoding(original: Function): Function {
  return function (this: { _writableState?: { objectMode: boolean; defaultEncoding: unknown } }, ...args: unknown[]) {
    const state = this._writableState;
    if (!state?.objectMode) return original.apply(this, args);
    const saved = state.defaultEncoding;
    state.defaultEncoding = undefined;
    try {
      return original.apply(this, args);
    } finally {
      state.defaultEncoding = saved;
    }
  };
}
for (const proto of [Writable.prototype, Duplex.prototype]) {
  for (const name of ['write', 'end'] as const) {
    const wrapped = withoutDefaultEncoding(proto[name]);
    Object.defineProperty(wrapped, 'name', { value: name });
    proto[name] = wrapped;
  }
}

// Reject an unknown encoding with Node's error whichever string_decoder the bundle provides.
const rsSetEncoding = Readable.prototype.setEncoding;
Readable.prototype.setEncoding = function setEncoding(this: unknown, encoding?: string) {
  if (normalizeEncoding(encoding) === undefined) throw nodeError('ERR_UNKNOWN_ENCODING', encoding);
  return rsSetEncoding.call(this, encoding);
};

type Callback = (err?: unknown) => void;

// Node 20 calls write and end callbacks with `null` on success; readable-stream with nothing.
function nullOnSuccess(callback: Callback): Callback {
  return (err) => callback(err ?? null);
}

// Node 20 takes any TypedArray or DataView where readable-stream takes only a Uint8Array; a byte
// view over the same memory is what Node makes of it.
function asBytes(chunk: any, objectMode: boolean): any {
  if (typeof chunk === 'string' || chunk instanceof Uint8Array || objectMode || !ArrayBuffer.isView(chunk)) return chunk;
  return new Uint8Array(chunk.buffer, chunk.byteOffset, chunk.byteLength);
}

const rsWrite = Writable.prototype.write;
function write(this: any, chunk: unknown, encoding?: unknown, callback?: unknown): boolean {
  if (typeof encoding === 'function') encoding = nullOnSuccess(encoding as Callback);
  else if (typeof callback === 'function') callback = nullOnSuccess(callback as Callback);
  return rsWrite.call(this, asBytes(chunk, this._writableState.objectMode), encoding, callback);
}
const rsEnd = Writable.prototype.end;
function end(this: any, chunk?: unknown, encoding?: unknown, callback?: unknown): unknown {
  if (typeof chunk === 'function') chunk = nullOnSuccess(chunk as Callback);
  else if (typeof encoding === 'function') encoding = nullOnSuccess(encoding as Callback);
  else if (typeof callback === 'function') callback = nullOnSuccess(callback as Callback);
  return rsEnd.call(this, asBytes(chunk, this._writableState.objectMode), encoding, callback);
}
Writable.prototype.write = write;
Writable.prototype.end = end;
Duplex.prototype.write = write;
Duplex.prototype.end = end;

const rsPush = Readable.prototype.push;
Readable.prototype.push = function push(this: any, chunk: unknown, encoding?: string): boolean {
  return rsPush.call(this, asBytes(chunk, this._readableState.objectMode), encoding);
};
const rsUnshift = Readable.prototype.unshift;
Readable.prototype.unshift = function unshift(this: any, chunk: unknown, encoding?: string): boolean {
  return rsUnshift.call(this, asBytes(chunk, this._readableState.objectMode), encoding);
};

// readable-stream's pipeline rejects an aborted run with a bare AbortError; Node's carries the
// signal's reason as its `cause`.
const rsPromises = rs.promises;
const rsPromisePipeline = rsPromises.pipeline;
rsPromises.pipeline = function pipeline(...streams: unknown[]) {
  const last = streams[streams.length - 1] as { signal?: AbortSignal } | undefined;
  const signal = last !== null && typeof last === 'object' ? last.signal : undefined;
  const run: Promise<unknown> = rsPromisePipeline(...streams);
  if (!(signal instanceof AbortSignal)) return run;
  return run.catch((err: any) => {
    if (err?.name === 'AbortError' && signal.aborted && !('cause' in err)) {
      Object.defineProperty(err, 'cause', { value: signal.reason, writable: true, configurable: true, enumerable: false });
    }
    throw err;
  });
};

// Node 20 gives Duplex the Writable destroy, which also fails the callbacks of buffered writes.
Duplex.prototype.destroy = Writable.prototype.destroy;

Object.defineProperty(Writable.prototype, primordials.SymbolAsyncDispose, {
  value: function asyncDispose(this: any): Promise<null> {
    let error: Error | null | undefined;
    if (!this.destroyed) {
      error = this.writableFinished ? null : new AbortError();
      this.destroy(error);
    }
    return new Promise((resolve, reject) => {
      rs.finished(this, (err: unknown) => (err && err !== error ? reject(err) : resolve(null)));
    });
  },
  writable: true,
  configurable: true,
  enumerable: false,
});

// Node 20 lists only events that have listeners, whatever placeholders `_events` holds.
Object.defineProperty(Stream.prototype, 'eventNames', {
  value: function eventNames(this: { _events?: Record<string | symbol, unknown> }): (string | symbol)[] {
    const names: (string | symbol)[] = [];
    const events = this._events;
    if (events === undefined) return names;
    for (const key of Reflect.ownKeys(events)) {
      const listeners = events[key];
      if (typeof listeners === 'function' || (Array.isArray(listeners) && listeners.length > 0)) names.push(key);
    }
    return names;
  },
  writable: true,
  configurable: true,
  enumerable: false,
});

/** One end of a duplexPair: what is written to it is read from the other end. */
class DuplexSide extends Duplex {
  // Hard-private so that, as on Node, the pair's state adds no own keys to what inspection shows.
  #otherSide: DuplexSide | null = null;
  #callback: Callback | null = null;

  constructor(options?: object) {
    super(options);
  }

  _pairWith(other: DuplexSide): void {
    this.#otherSide = other;
  }

  _read(): void {
    const callback = this.#callback;
    if (callback) {
      this.#callback = null;
      callback();
    }
  }

  _write(chunk: Uint8Array, _encoding: string, callback: Callback): void {
    if (chunk.length === 0) {
      // An empty chunk never reaches the other side's reader, so nothing would release it.
      queueMicrotask(callback);
      return;
    }
    const other = this.#otherSide as DuplexSide;
    other.push(chunk);
    other.#callback = callback;
  }

  _final(callback: Callback): void {
    const other = this.#otherSide as DuplexSide;
    other.on('end', callback);
    other.push(null);
  }
}

function duplexPair(options?: object): [any, any] {
  const side0 = new DuplexSide(options);
  const side1 = new DuplexSide(options);
  side0._pairWith(side1);
  side1._pairWith(side0);
  return [side0, side1];
}

function isArrayBufferView(value: unknown): value is ArrayBufferView {
  return ArrayBuffer.isView(value);
}

// Lay the module's own properties out in Node 20's order, so listing them matches.
const exportOrder = [
  'isDestroyed', 'isDisturbed', 'isErrored', 'isReadable', 'isWritable', 'Readable', 'Writable', 'Duplex',
  'Transform', 'PassThrough', 'duplexPair', 'pipeline', 'addAbortSignal', 'finished', 'destroy', 'compose',
  'setDefaultHighWaterMark', 'getDefaultHighWaterMark', 'promises', 'Stream', '_isArrayBufferView',
  '_isUint8Array', '_uint8ArrayToBuffer',
];
{
  const added: Record<string, PropertyDescriptor> = {
    duplexPair: { value: duplexPair, writable: true, enumerable: true, configurable: true },
    _isArrayBufferView: { value: isArrayBufferView, writable: true, enumerable: true, configurable: true },
  };
  const descriptors = exportOrder.map((key) => added[key] ?? Object.getOwnPropertyDescriptor(Stream, key));
  for (const key of exportOrder) delete Stream[key];
  exportOrder.forEach((key, i) => Object.defineProperty(Stream, key, descriptors[i] as PropertyDescriptor));
}

export default Stream;
export const {
  isDestroyed, isDisturbed, isErrored, isReadable, isWritable, Transform, PassThrough, pipeline, addAbortSignal,
  finished, destroy, compose, setDefaultHighWaterMark, getDefaultHighWaterMark, promises,
  _isUint8Array, _uint8ArrayToBuffer,
} = Stream;
export { Stream, Readable, Writable, Duplex, duplexPair, isArrayBufferView as _isArrayBufferView };
