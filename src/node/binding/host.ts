// node layer: what the runtime needs from the engine host it runs on, gathered in one object
// by src/hosts/*/ before any program code runs, so nothing else in the runtime touches host APIs.
import type { KernelEvent } from '../../abi/syscalls.js';
import type { Value } from '../../abi/channel.js';

export interface RuntimeHost {
  /** This thread's blocking-call channel and the kernel's doorbell. */
  channel: SharedArrayBuffer;
  doorbell: SharedArrayBuffer;
  /** Sends a message to the kernel. */
  post(message: { type: 'call'; id: number; sys: number; args: Value[] } | { type: 'crash'; error: string }): void;
  /** Receives the kernel's messages. */
  onMessage(listener: (event: KernelEvent) => void): void;
  /** A host timer: calls `callback` once after `ms` milliseconds. */
  setTimer(callback: () => void, ms: number): unknown;
  clearTimer(handle: unknown): void;
  /** Runs `callback` in a new host task, after the current task's microtasks. */
  postTask(callback: () => void): void;
  /** Errors that escaped every handler of the runtime (a throwing microtask, say). */
  onUncaughtError(listener: (error: unknown) => void): void;
  onUnhandledRejection(listener: (reason: unknown, promise: Promise<unknown>) => void): void;
  onRejectionHandled(listener: (promise: Promise<unknown>) => void): void;
  /** The script name the runtime's own code runs under, to tell its frames from the program's. */
  runtimeScript: string;
  /** Scripts of the host itself (the thread's entry): their frames are never shown. */
  hostScripts: string[];
  /** Clock: milliseconds since an arbitrary origin, sub-millisecond resolution. */
  now(): number;
  /** Wall-clock milliseconds at `now() === 0`. */
  timeOrigin: number;
  /** Memory figures of the thread, where the host can tell. */
  memoryUsage(): { rss: number; heapTotal: number; heapUsed: number; external: number; arrayBuffers: number };
  cpuUsage(): { user: number; system: number };
  /** The engine's ES module machinery; absent on a host that cannot run ES modules. */
  modules?: ModuleHost;
  /**
   * Erases TypeScript types, putting whitespace in their place so that lines and columns stay.
   * The host loads its stripper on the first call only; absent where TypeScript cannot run.
   */
  stripTypeScript?(source: string, filename: string): TypeScriptStripResult;
  /** A promise's state and result, which plain JavaScript cannot read; absent where the host cannot tell. */
  promiseState?(p: Promise<unknown>): { state: 'pending' | 'fulfilled' | 'rejected'; value?: unknown };
  /**
   * What a Map or Set iterator has left, without advancing it, or what a WeakMap or WeakSet holds;
   * `entries` alternates keys and values when `keyValue`. Absent where the host cannot tell.
   */
  previewEntries?(value: object): { entries: unknown[]; keyValue: boolean } | undefined;
  /** Native code of the host engine for pure computations; see `HostNatives`. */
  natives: HostNatives;
}

/**
 * Computations that hold no OS state (byte codecs, digests, compression) which the host engine
 * can do natively, much faster than portable JavaScript. Every member is optional: where one is
 * absent the runtime uses its own portable code, so behaviour never depends on the host.
 */
export interface HostNatives {
  /** Bytes `start`..`end` of `bytes` as text, exactly as Node's `buf.toString(encoding, start, end)`. */
  hexEncode?(bytes: Uint8Array, start: number, end: number): string;
  base64Encode?(bytes: Uint8Array, start: number, end: number): string;
  base64urlEncode?(bytes: Uint8Array, start: number, end: number): string;
  /**
   * Decodes `text` into `bytes` from `offset`, at most `length` bytes (both within `bytes`),
   * exactly as Node's `buf.write(text, offset, length, encoding)`; returns the bytes written.
   * Base64 decoding reads either alphabet, so it serves base64url too.
   */
  hexDecode?(bytes: Uint8Array, text: string, offset: number, length: number): number;
  base64Decode?(bytes: Uint8Array, text: string, offset: number, length: number): number;
  /**
   * Decodes all of `text` into new memory, exactly as Node's `Buffer.from(text, encoding)`: the
   * array's ArrayBuffer holds those bytes only. It spares the zero-filling of a buffer that the
   * decoder overwrites anyway, a large share of decoding time for big inputs.
   */
  decodeToNew?(text: string, encoding: 'base64' | 'hex'): Uint8Array;
  /** An incremental digest named as OpenSSL names it, or null when the host does not know it. */
  createHash?(algorithm: string): HostHash | null;
  /** The brotli library (encoder and decoder), as Node's zlib binding drives it. */
  brotli?: HostBrotli;
}

/** Opens brotli coders; `params` holds each BROTLI_*PARAM_* value by index, 0xffffffff where unset. */
export interface HostBrotli {
  /** A new encoder or decoder, or null when the library refuses `params`. */
  open(encode: boolean, params: Uint32Array): HostBrotliCoder | null;
}

/** One brotli stream. `state` holds [output bytes left, input bytes left] after each `write`. */
export interface HostBrotliCoder {
  readonly state: Uint32Array;
  /**
   * Runs the library once with operation `op` (BROTLI_OPERATION_*), reading `input[inOff, inOff+inLen)`
   * and writing into `output[outOff, outOff+outLen)`; returns the library's failure, else null.
   */
  write(op: number, input: Uint8Array, inOff: number, inLen: number, output: Uint8Array, outOff: number, outLen: number): HostBrotliError | null;
  reset(): void;
  close(): void;
}

/** A brotli failure as Node reports it: `code` like 'ERR__ERROR_FORMAT_PADDING_1' or 'Z_BUF_ERROR'. */
export interface HostBrotliError {
  message: string;
  errno: number;
  code: string;
}

/** A host digest in progress: `update` consumes the bytes at once; `digest` ends it. */
export interface HostHash {
  update(bytes: Uint8Array): void;
  digest(): Uint8Array;
  copy(): HostHash;
}

/** Stripped code, or the stripper's verdict on syntax it cannot erase (`code` is swc's). */
export type TypeScriptStripResult =
  | { code: string }
  | { error: { code: string; message: string; snippet: string; line: number } };

/** What the runtime answers about a module URL: its source text, or values it provides itself. */
export type ModuleRecord =
  | { kind: 'source'; url: string; source: string }
  | { kind: 'synthetic'; url: string; names: string[]; evaluate: (set: (name: string, value: unknown) => void) => void };

/** The runtime's side of module loading, called by the host while it links a graph. */
export interface ModuleServer {
  /** The URL `specifier` names when imported from `parentURL` (throws Node's resolution errors). */
  resolve(specifier: string, parentURL: string, attributes: Record<string, string>): string;
  /** The module at a resolved URL. */
  load(url: string, attributes: Record<string, string>): ModuleRecord;
  /** Fills `import.meta` of the module at `url`. */
  initializeImportMeta(meta: Record<string, unknown>, url: string): void;
  /** `import()` evaluated in the module or script named `referrer`. */
  importDynamic(specifier: string, referrer: string, attributes: Record<string, string>): Promise<object>;
  /**
   * Resolves the static imports of a graph's next level and reads their files in parallel, as
   * Node's loader does before linking; the URL of each, or null where it failed (its error is
   * left for the synchronous `resolve` and `load` to throw).
   */
  prefetch(requests: { specifier: string; referrer: string }[]): Promise<(string | null)[]>;
}

/** ES modules as the engine runs them: real module records, live bindings, cycles, top-level await. */
export interface ModuleHost {
  setServer(server: ModuleServer): void;
  /** Links the graph rooted at `url` (already resolved) and evaluates it; resolves to its namespace. */
  importModule(url: string, attributes: Record<string, string>): Promise<object>;
  /**
   * `require(esm)`: links and evaluates the graph rooted at `url` synchronously and returns its
   * namespace, or null when the graph has top-level await (nothing is evaluated then).
   */
  requireModule(url: string): object | null;
  /** A classic script (the CommonJS wrapper) whose `import()` calls name `filename` as referrer. */
  compileScript(source: string, filename: string): unknown;
}

let current: RuntimeHost | null = null;

export function setHost(host: RuntimeHost): void {
  current = host;
}

export function host(): RuntimeHost {
  return current!;
}
