// node layer: the built-in modules — which names exist (Node 20's list), which nodeling
// implements, and the exports object each gives require().
import { markStreamLoaded, streamLoaded } from '../internal/streams/load_order.js';
import { nodeError } from '../internal/errors.js';
import * as assertModule from '../assert.js'; // lazy
import * as assertStrictModule from '../assert/strict.js'; // lazy
import * as bufferModule from '../buffer.js';
import * as eventsModule from '../events.js';
import * as fsModule from '../fs.js';
import * as fsPromisesModule from '../fs/promises.js'; // lazy
import * as osModule from '../os.js'; // lazy
import * as pathModule from '../path.js';
import * as readlineModule from '../readline.js'; // lazy
import * as readlinePromisesModule from '../readline/promises.js'; // lazy
import * as punycodeModule from '../punycode.js'; // lazy
import * as querystringModule from '../querystring.js'; // lazy
import * as streamModule from '../stream.js';
import * as streamPromisesModule from '../stream/promises.js'; // lazy
import * as streamWebModule from '../stream/web.js'; // lazy
import * as stringDecoderModule from '../string_decoder.js';
import * as timersModule from '../timers.js';
import * as timersPromisesModule from '../timers/promises.js'; // lazy
import * as urlModule from '../url.js'; // lazy
import * as utilModule from '../util.js';
import * as zlibModule from '../zlib.js'; // lazy
import * as cryptoModule from '../crypto.js'; // lazy
import * as consoleModule from '../console.js';
import * as testModule from '../test.js'; // lazy
import { getProcess } from '../process.js';

/** Node 20's built-in module names, in the order `module.builtinModules` lists them. */
export const builtinModules = [
  '_http_agent', '_http_client', '_http_common', '_http_incoming', '_http_outgoing', '_http_server',
  '_stream_duplex', '_stream_passthrough', '_stream_readable', '_stream_transform', '_stream_wrap',
  '_stream_writable', '_tls_common', '_tls_wrap', 'assert', 'assert/strict', 'async_hooks', 'buffer',
  'child_process', 'cluster', 'console', 'constants', 'crypto', 'dgram', 'diagnostics_channel', 'dns',
  'dns/promises', 'domain', 'events', 'fs', 'fs/promises', 'http', 'http2', 'https', 'inspector',
  'inspector/promises', 'module', 'net', 'os', 'path', 'path/posix', 'path/win32', 'perf_hooks',
  'process', 'punycode', 'querystring', 'readline', 'readline/promises', 'repl', 'stream',
  'stream/consumers', 'stream/promises', 'stream/web', 'string_decoder', 'sys', 'timers',
  'timers/promises', 'tls', 'trace_events', 'tty', 'url', 'util', 'util/types', 'v8', 'vm', 'wasi',
  'worker_threads', 'zlib',
];

/** Built-ins that exist only with the `node:` prefix. */
const prefixOnly = new Set(['node:test', 'node:test/reporters', 'node:sea', 'node:sqlite']);
const known = new Set(builtinModules);

export function isBuiltin(name: string): boolean {
  if (name.startsWith('node:')) return known.has(name.slice(5)) || prefixOnly.has(name);
  return known.has(name);
}

type Namespace = { default?: unknown; [key: string]: unknown };

/**
 * A module's CommonJS face: its default export when it has one, else its named exports. Given a
 * function, the namespace is only reached on first require: imports marked `// lazy` become lazy
 * loads in the runtime bundle (scripts/build.js), so a process does not evaluate zlib, assert or
 * url unless its program asks for them.
 */
function commonjs(ns: Namespace | (() => Namespace)): () => unknown {
  return () => {
    const namespace = typeof ns === 'function' ? ns() : ns;
    return namespace.default !== undefined ? namespace.default : { ...namespace };
  };
}

const loaders: Record<string, () => unknown> = {
  assert: commonjs(() => assertModule as Namespace),
  'assert/strict': commonjs(() => assertStrictModule as Namespace),
  buffer: commonjs(bufferModule as Namespace),
  console: commonjs(consoleModule as Namespace),
  events: commonjs(eventsModule as Namespace),
  fs: commonjs(fsModule as Namespace),
  'fs/promises': commonjs(() => fsPromisesModule as Namespace),
  module: () => moduleExports!(),
  os: commonjs(() => osModule as Namespace),
  path: commonjs(pathModule as Namespace),
  'path/posix': () => pathModule.posix,
  'path/win32': () => pathModule.win32,
  process: () => getProcess(),
  readline: commonjs(() => readlineModule as Namespace),
  'readline/promises': commonjs(() => readlinePromisesModule as Namespace),
  punycode: commonjs(() => punycodeModule as Namespace),
  querystring: commonjs(() => querystringModule as Namespace),
  stream: commonjs(streamModule as Namespace),
  'stream/promises': commonjs(() => streamPromisesModule as Namespace),
  'stream/web': commonjs(() => streamWebModule as Namespace),
  string_decoder: commonjs(stringDecoderModule as Namespace),
  sys: commonjs(utilModule as Namespace),
  timers: commonjs(timersModule as Namespace),
  'timers/promises': commonjs(() => timersPromisesModule as Namespace),
  url: commonjs(() => urlModule as Namespace),
  util: commonjs(utilModule as Namespace),
  'util/types': () => (utilModule as Namespace & { types: unknown }).types,
  zlib: commonjs(() => zlibModule as Namespace),
  test: commonjs(() => testModule as Namespace),
  crypto: () => {
    cryptoEntered = true;
    return cryptoExports();
  },
  _stream_duplex: () => streamModule.Duplex,
  _stream_passthrough: () => streamModule.PassThrough,
  _stream_readable: () => streamModule.Readable,
  _stream_transform: () => streamModule.Transform,
  _stream_writable: () => streamModule.Writable,
};

const cryptoExports = commonjs(() => cryptoModule as Namespace);
let cryptoEntered = false;

/**
 * Evaluates `crypto` unless it has started already: loading it wraps the engine's
 * `crypto.subtle` methods so that they hold the loop open, which the global `crypto` needs too.
 */
export function loadCryptoOnce(): void {
  if (!cryptoEntered) loadBuiltin('crypto');
}

let moduleExports: (() => unknown) | null = null;

/** The `module` built-in is the CommonJS loader itself, which imports this file: it registers late. */
export function registerModuleBuiltin(get: () => unknown): void {
  moduleExports = get;
}

const cache = new Map<string, unknown>();

/** Built-ins that load Node's `stream` module as they load (checked on Node 20). */
const loadsStream = new Set([
  'stream', 'assert', 'assert/strict', 'crypto', 'stream/web', 'zlib', '_stream_duplex', '_stream_passthrough',
  '_stream_readable', '_stream_transform', '_stream_writable',
]);

export function loadBuiltin(name: string): unknown {
  const bare = name.startsWith('node:') ? name.slice(5) : name;
  if (cache.has(bare)) return cache.get(bare);
  const load = loaders[bare];
  if (!load) throw nodeError('ERR_NOT_IMPLEMENTED', `The '${bare}' module`);
  const beforeStream = bare === 'stream/promises' && !streamLoaded();
  if (loadsStream.has(bare)) markStreamLoaded();
  const exports = load();
  cache.set(bare, exports);
  if (beforeStream) leaveStreamPromisesEmpty();
  return exports;
}

/** `stream/promises` loaded before `stream`: Node's `stream.promises` is then an empty object for good. */
function leaveStreamPromisesEmpty(): void {
  const stream = loadBuiltin('stream') as object;
  const leftover = {};
  Object.defineProperty(stream, 'promises', { get: () => leftover, enumerable: true, configurable: true });
}
