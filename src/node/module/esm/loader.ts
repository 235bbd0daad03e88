// node layer: the ES module loader — answers the host's module machinery (which URL a specifier
// names, what source or values a URL holds, what `import.meta` says) and runs ES entry points.
// Linking, live bindings, cycles and top-level await are the engine's, through host().modules.
import * as path from '../../path.js';
import { readFileSync as readBytes } from '../../binding/fs.js';
import { host, type ModuleRecord, type ModuleServer } from '../../binding/host.js';
import { Sys } from '../../../abi/syscalls.js';
import { preq } from '../../internal/fs/req.js';
import { nodeError } from '../../internal/errors.js';
import { registerSource } from '../../internal/stack.js';
import { loadBuiltin } from '../builtins.js';
import { formatOfPath, resolve, urlToPath } from './resolve.js';
import { cjsExportNames } from './cjs-names.js';
import { isTypeScriptFile, stripTypeScriptTypes } from './typescript.js';
import { atSite, decorateLoaderError, hintFor, rethrownByEntry, siteOf, type ImportKind } from './trace.js';

const utf8 = new TextDecoder();
/** The CommonJS loader, registered by cjs.ts (it imports this file). */
let commonJs: { load(filename: string): unknown; resolve(request: string, parentFile: string): string } | null = null;

export function registerCommonJs(loader: NonNullable<typeof commonJs>): void {
  commonJs = loader;
}

/** Module sources read ahead by `prefetch`, by file; each is taken by the load that follows it. */
const prefetched = new Map<string, Uint8Array>();
/** Files being read ahead. */
const reading = new Set<string>();
/** URLs the host has a record of: never read again. */
const loadedUrls = new Set<string>();

function readText(file: string): string {
  let bytes = prefetched.get(file);
  if (bytes === undefined) bytes = readBytes(file, 0) ?? undefined;
  else prefetched.delete(file);
  if (bytes === undefined) throw nodeError('ERR_FS_FILE_TOO_LARGE', file);
  const text = utf8.decode(bytes);
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

/** A module's JavaScript: the file's text, with TypeScript types erased for .ts/.mts/.cts. */
function readSource(file: string): string {
  const text = readText(file);
  return isTypeScriptFile(file) ? stripTypeScriptTypes(text, file) : text;
}

const functionOwnKeys = new Set(['default', 'length', 'name', 'prototype', 'caller', 'arguments']);

function builtinRecord(url: string): ModuleRecord {
  const exports = loadBuiltin(url.slice(5)) as Record<string, unknown>;
  const names = ['default'];
  if (exports !== null && typeof exports === 'object') {
    for (const key of Object.keys(exports)) if (key !== 'default') names.push(key);
  } else if (typeof exports === 'function') {
    // A class's static methods (module.createRequire, say) are not enumerable here, but are on Node.
    for (const key of Object.getOwnPropertyNames(exports)) if (!functionOwnKeys.has(key)) names.push(key);
  }
  return {
    kind: 'synthetic', url, names,
    evaluate(set) {
      set('default', exports);
      for (let i = 1; i < names.length; i++) set(names[i], exports[names[i]]);
    },
  };
}

function commonJsRecord(url: string, file: string): ModuleRecord {
  const source = readSource(file);
  const names = ['default', ...namesOfCommonJs(file, source, new Set()).filter((n) => n !== 'default')];
  return {
    kind: 'synthetic', url, names,
    evaluate(set) {
      const exports = commonJs!.load(file) as Record<string, unknown>;
      set('default', exports);
      for (let i = 1; i < names.length; i++) {
        const name = names[i];
        if (exports !== null && (typeof exports === 'object' || typeof exports === 'function') && name in exports) {
          set(name, exports[name]);
        }
      }
    },
  };
}

function namesOfCommonJs(file: string, source: string, seen: Set<string>): string[] {
  seen.add(file);
  return cjsExportNames(source, (specifier) => {
    let target: string;
    try {
      target = commonJs!.resolve(specifier, file);
    } catch {
      return [];
    }
    if (seen.has(target) || !target.startsWith('/') || formatOfPath(target) === 'json') return [];
    return namesOfCommonJs(target, readSource(target), seen);
  });
}

function jsonRecord(url: string, file: string): ModuleRecord {
  const text = readText(file);
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    (error as Error).message = `${file}: ${(error as Error).message}`;
    throw error;
  }
  return { kind: 'synthetic', url, names: ['default'], evaluate: (set) => set('default', value) };
}

function checkAttributes(url: string, format: string, attributes: Record<string, string>): void {
  const type = attributes.type;
  if (type !== undefined && type !== 'json') throw nodeError('ERR_IMPORT_ASSERTION_TYPE_UNSUPPORTED', type);
  if (format === 'json' && type !== 'json') throw nodeError('ERR_IMPORT_ASSERTION_TYPE_MISSING', url, 'json');
  if (format !== 'json' && type !== undefined) throw nodeError('ERR_IMPORT_ASSERTION_TYPE_FAILED', url, type);
}

/** The format of a resolved URL, or Node's error for a file it cannot load. */
function formatOf(url: string): string {
  if (url.startsWith('node:')) return 'builtin';
  if (url.startsWith('data:')) {
    const mime = /^data:([^,;]*)/.exec(url)?.[1] ?? '';
    if (mime === 'text/javascript') return 'module';
    if (mime === 'application/json') return 'json';
    throw nodeError('ERR_UNKNOWN_MODULE_FORMAT', mime, url);
  }
  const file = urlToPath(url);
  const format = formatOfPath(file);
  if (format === null) {
    const dot = file.lastIndexOf('.');
    const ext = dot > file.lastIndexOf('/') ? file.slice(dot) : '';
    throw atSite(nodeError('ERR_UNKNOWN_FILE_EXTENSION', ext, file), 'extension');
  }
  return format ?? 'detect';
}

/** ES module syntax that a CommonJS compile rejects: what makes Node load a typeless .js as ESM. */
function looksLikeModule(source: string): boolean {
  if (!/\b(import|export|await)\b/.test(source)) return false;
  try {
    // eslint-disable-next-line no-new-func
    new Function(source);
    return false;
  } catch (error) {
    if (!(error instanceof SyntaxError)) return false;
    return /^(Cannot use import statement outside a module|Unexpected token 'export'|Cannot use 'import\.meta' outside a module|await is only valid)/.test(error.message);
  }
}

function dataSource(url: string): string {
  const comma = url.indexOf(',');
  const head = url.slice(5, comma);
  const body = url.slice(comma + 1);
  if (head.endsWith(';base64')) {
    const bin = atob(decodeURIComponent(body));
    const bytes = new Uint8Array(bin.length);
    for (let i = 0; i < bin.length; i++) bytes[i] = bin.charCodeAt(i);
    return utf8.decode(bytes);
  }
  return decodeURIComponent(body);
}

const resolveSpecifier = resolve;
/** Scripts of `node -e` and stdin → the URL their import() resolves from (`<cwd>/[eval]`). */
const evalReferrers = new Map<string, string>();

/** Nonzero while require() links a graph: its errors show require()'s frames. */
let requireDepth = 0;
/** The URL an import() is about to load, whose load errors show that import's frames. */
let dynamicRoot: { url: string; kind: ImportKind } | null = null;

/** Gives an error of the resolver or loader Node's frames, arrow and CommonJS hint. */
function decorate(error: unknown, kind: ImportKind, specifier: string, parentURL: string): void {
  if (siteOf(error) === undefined) return;
  if (requireDepth > 0) kind = 'require';
  let hint: string | undefined;
  const code = (error as { code?: unknown }).code;
  if ((code === 'ERR_MODULE_NOT_FOUND' || code === 'ERR_UNSUPPORTED_DIR_IMPORT') && parentURL.startsWith('file:') && commonJs) {
    const parentFile = urlToPath(parentURL);
    try {
      hint = hintFor(specifier, parentFile, commonJs.resolve(specifier, parentFile));
    } catch {
      hint = undefined;
    }
  }
  decorateLoaderError(error, kind, hint);
}

const server: ModuleServer = {
  resolve(specifier, parentURL) {
    try {
      return resolve(specifier, parentURL);
    } catch (error) {
      decorate(error, 'static', specifier, parentURL);
      throw error;
    }
  },
  // Named apart from Module.load, whose frame the stack formatter would show for it.
  load: function loadModuleRecord(url, attributes) {
    let kind: ImportKind = 'static';
    if (dynamicRoot !== null && dynamicRoot.url === url) {
      kind = dynamicRoot.kind;
      dynamicRoot = null;
    }
    // Inline, not in a helper: every runtime frame counts against Error.stackTraceLimit.
    try {
      loadedUrls.add(url);
      let format = formatOf(url);
      checkAttributes(url, format, attributes);
      if (format === 'builtin') return builtinRecord(url);
      if (url.startsWith('data:')) {
        const text = dataSource(url);
        if (format === 'json') return { kind: 'synthetic', url, names: ['default'], evaluate: (set) => set('default', JSON.parse(text)) };
        return { kind: 'source', url, source: text };
      }
      const file = urlToPath(url);
      if (format === 'json') return jsonRecord(url, file);
      if (format === 'commonjs') return commonJsRecord(url, file);
      const source = readSource(file);
      if (format === 'detect') {
        if (!looksLikeModule(source)) return commonJsRecord(url, file);
        format = 'module';
      }
      registerSource(url, source);
      return { kind: 'source', url, source };
    } catch (error) {
      loadedUrls.delete(url);
      if (url.startsWith('file:')) prefetched.delete(urlToPath(url));
      decorate(error, kind, '', '');
      throw error;
    }
  },
  prefetch(requests) {
    const urls = new Array<string | null>(requests.length);
    const reads: Promise<void>[] = [];
    for (let i = 0; i < requests.length; i++) {
      let url: string;
      try {
        url = resolve(requests[i].specifier, requests[i].referrer);
      } catch {
        urls[i] = null;
        continue;
      }
      urls[i] = url;
      if (!url.startsWith('file:') || loadedUrls.has(url)) continue;
      const file = urlToPath(url);
      if (prefetched.has(file) || reading.has(file) || formatOfPath(file) === null) continue;
      reading.add(file);
      reads.push(preq(Sys.readFile, [file, 0], 'open', file).then((bytes) => {
        if (bytes instanceof Uint8Array && !loadedUrls.has(url)) prefetched.set(file, bytes);
      }, () => {}).finally(() => { reading.delete(file); }));
    }
    return Promise.all(reads).then(() => urls);
  },
  initializeImportMeta(meta, url) {
    if (url.startsWith('file:')) {
      const file = urlToPath(url);
      meta.dirname = path.dirname(file);
      meta.filename = file;
    }
    meta.resolve = function resolve(specifier: string) {
      try {
        return resolveSpecifier(String(specifier), url);
      } catch (error) {
        // A file that does not exist still has a URL: import.meta.resolve answers it.
        const missing = (error as { code?: string; url?: string });
        if (missing.code === 'ERR_MODULE_NOT_FOUND' && missing.url) return missing.url;
        throw error;
      }
    };
    meta.url = url;
  },
  importDynamic(specifier, referrer, attributes) {
    const evalParent = evalReferrers.get(referrer);
    const kind: ImportKind = evalParent !== undefined ? 'eval' : referrer.startsWith('/') ? 'script' : 'module';
    const parentURL = evalParent ?? (referrer.startsWith('/') ? pathToFileHref(referrer) : referrer);
    let url: string;
    try {
      url = resolve(specifier, parentURL);
    } catch (error) {
      decorate(error, kind, specifier, parentURL);
      return Promise.reject(error);
    }
    dynamicRoot = { url, kind };
    try {
      return host().modules!.importModule(url, attributes);
    } catch (error) {
      return Promise.reject(error);
    } finally {
      dynamicRoot = null;
    }
  },
};



function pathToFileHref(file: string): string {
  return new URL(`file://${file.split('/').map(encodeURIComponent).join('/')}`).href;
}

let installed = false;

function modules(): NonNullable<ReturnType<typeof host>['modules']> {
  const m = host().modules;
  if (!m) throw nodeError('ERR_NOT_IMPLEMENTED', 'ES modules on this host');
  if (!installed) {
    installed = true;
    m.setServer(server);
  }
  return m;
}

/** Whether `node file` runs `file` as an ES module. */
export function isEsmEntry(file: string): boolean {
  const format = formatOfPath(file);
  if (format === 'module') return true;
  if (format === undefined && (file.endsWith('.js') || file.endsWith('.ts'))) {
    try {
      const bytes = readBytes(file, 0);
      if (bytes === null) return false;
      prefetched.set(file, bytes);
      const esm = looksLikeModule(readSource(file));
      // Whichever loader runs the entry takes these bytes rather than reading the file again.
      prefetched.set(file, bytes);
      return esm;
    } catch {
      return false;
    }
  }
  return false;
}

/** Bytes of `file` already read for the module loaders, taken once; undefined when there are none. */
export function takeReadAhead(file: string): Uint8Array | undefined {
  const bytes = prefetched.get(file);
  if (bytes !== undefined) prefetched.delete(file);
  return bytes;
}

/** The promise of the main module's evaluation; unsettled at exit means a top-level await never settled. */
let mainEvaluation: Promise<unknown> | null = null;
let mainSettled = false;

/** `node app.mjs`: links and evaluates the entry graph; errors go to the uncaught-exception path. */
export function runMainEsm(file: string, onError: (error: unknown) => void): void {
  const url = pathToFileHref(file);
  mainEvaluation = asyncRunEntryPointWithESMLoader(url);
  mainEvaluation.then(() => { mainSettled = true; }, (error) => {
    mainSettled = true;
    rethrownByEntry(error);
    onError(error);
  });
}

async function asyncRunEntryPointWithESMLoader(url: string): Promise<unknown> {
  // Awaited so that the engine records this frame in async stack traces, as Node shows it.
  return await modules().importModule(url, {});
}

/** True when the main module is still waiting on a top-level await that can never settle. */
export function hasUnsettledMain(): boolean {
  return mainEvaluation !== null && !mainSettled;
}

/** Compiles a CommonJS wrapper so that `import()` inside it resolves from `filename`. */
export function compileCommonJs(source: string, filename: string): unknown {
  const m = host().modules;
  // Only a script that may call import() needs the host's compiler; the rest keep the eval path,
  // whose syntax-error and throw-site reporting the CommonJS loader relies on.
  if (!m || !source.includes('import')) return undefined;
  modules();
  return m.compileScript(source, filename);
}

/**
 * How require() loads `file`: 'module', 'commonjs', or undefined for a typeless .js, which is an
 * ES module only when compiling it as CommonJS fails on module syntax (`looksLikeModule`).
 */
export function formatForRequire(file: string): 'module' | 'commonjs' | undefined {
  const format = formatOfPath(file);
  return format === 'module' ? 'module' : format === undefined ? undefined : 'commonjs';
}

export { looksLikeModule };

/** `require(esm)`: the namespace of an ES module graph without top-level await, as Node 20.20 gives it. */
export function importSyncForRequire(file: string, parentFile: string | null | undefined): unknown {
  const url = pathToFileHref(file);
  let namespace: Record<string, unknown> | null;
  requireDepth++;
  try {
    namespace = modules().requireModule(url) as Record<string, unknown> | null;
  } finally {
    requireDepth--;
  }
  if (namespace === null) requireAsyncModule(file, parentFile);
  if ('module.exports' in namespace) return namespace['module.exports'];
  if (!('default' in namespace) || '__esModule' in namespace) return namespace;
  // A default export reads as `exports.default` to transpiled CommonJS when __esModule is set.
  const quoted = JSON.stringify(url);
  const facade = `export * from ${quoted}; export { default } from ${quoted}; export const __esModule = true;`;
  return modules().requireModule(`data:text/javascript,${encodeURIComponent(facade)}`);
}

function requireAsyncModule(file: string, parentFile: string | null | undefined): never {
  const error = nodeError('ERR_REQUIRE_ASYNC_MODULE', file, parentFile);
  // Captured again, lazily and deeper: the loader's own frames, hidden when printed, must not
  // crowd the program's frames out of the trace.
  const limit = Error.stackTraceLimit;
  Error.stackTraceLimit = limit + 4;
  captureFromHere(error);
  Error.stackTraceLimit = limit;
  // Formatted now, with the code in the header, as every Node error's stack is.
  Object.defineProperty(error, 'name', { value: `Error [${error.code}]`, configurable: true, writable: true, enumerable: false });
  void error.stack;
  delete (error as { name?: string }).name;
  throw error;
}

function captureFromHere(error: Error): void {
  Error.captureStackTrace(error, captureFromHere);
}

/**
 * Runs `node -e` code (named `name`) through the host's compiler when it may call import(), so
 * that import() resolves from `<cwd>/<name>` as on Node; undefined: run it the plain way.
 */
export function runEvalScript(source: string, name: string, cwd: string): { value: unknown } | undefined {
  const m = host().modules;
  if (!m || !source.includes('import')) return undefined;
  modules();
  evalReferrers.set(name, pathToFileHref(path.join(cwd, name)));
  return { value: m.compileScript(source, name) };
}
