// node layer: the CommonJS loader — Node's resolution (relative, absolute, node_modules, package
// `main` and `exports`, built-ins), the module wrapper, the cache, cycles and require().
import * as path from '../path.js';
import { tryStat, realpathSync, readFileSync as readBytes } from '../binding/fs.js';
import { FIND_PACKAGE, FIND_SELF, FIND_SOURCE, type Found, moduleFind } from '../binding/module.js';
import { StatIndex } from '../../abi/syscalls.js';
import { nodeError } from '../internal/errors.js';
import { validateString } from '../internal/validators.js';
import { registerSource, registerWrappedScript } from '../internal/stack.js';
import { markSyntaxError } from '../internal/syntax.js'; // lazy: acorn loads only for a file that fails to parse
import { builtinModules, isBuiltin, loadBuiltin } from './builtins.js';
import { getProcess } from '../process.js';
import {
  compileCommonJs, formatForRequire, importSyncForRequire, isEsmEntry, looksLikeModule, registerCommonJs, runMainEsm, takeReadAhead,
} from './esm/loader.js';
import { isTypeScriptFile, stripTypeScriptTypes } from './esm/typescript.js';
import {
  knowsPackage, type PackageConfig, packageExportsResolve, packageImportsResolve, packageScope, pathToUrl, prefetchPackage, readPackageConfig,
  requireConditions, urlToPath,
} from './esm/resolve.js';
import { triggerUncaughtException } from '../internal/process/execution.js';

const S_IFMT = 0o170000;
const S_IFDIR = 0o040000;
const S_IFREG = 0o100000;
const utf8 = new TextDecoder();

const WRAPPER_HEAD = '(function __nodelingModuleWrapper(exports, require, module, __filename, __dirname) { ';
const WRAPPER_TAIL = '\n})';

/** 0: missing, 1: file, 2: directory — memoised per resolution run, as Node's stat cache is. */
function statKind(file: string): number {
  const r = tryStat(file);
  if (typeof r === 'number') return 0;
  const type = r[StatIndex.mode] & S_IFMT;
  return type === S_IFDIR ? 2 : type === S_IFREG ? 1 : 1;
}

/**
 * While `Module._load` resolves a request, the path search asks the kernel for the found file's
 * contents in the same call; the `.js`/`.json` handler then reads them from here, once.
 */
let wantSource = false;
let prefetchedFile = '';
let prefetchedSource: Uint8Array | null = null;

function dropPrefetched(): void {
  prefetchedFile = '';
  prefetchedSource = null;
}

function readText(file: string): string {
  if (prefetchedSource !== null && prefetchedFile === file) {
    const text = utf8.decode(prefetchedSource);
    dropPrefetched();
    return text;
  }
  const bytes = takeReadAhead(file) ?? readBytes(file, 0);
  if (bytes === null) throw nodeError('ERR_FS_FILE_TOO_LARGE', file);
  return utf8.decode(bytes);
}

/** The package.json in `dir`, or null; one that does not parse fails as Node's require() reports it. */
function readPackage(dir: string): PackageConfig | null {
  const config = readPackageConfig(path.join(dir, 'package.json'));
  checkForRequire(config);
  return config.exists ? config : null;
}

function checkForRequire(config: PackageConfig): void {
  if (config.parseError === undefined) return;
  const err = new Error(`Error parsing ${config.pjsonPath}: ${config.parseError}`) as Error & { path?: string };
  err.path = config.pjsonPath;
  throw err;
}

export class Module {
  static _cache: Record<string, Module> = Object.create(null);
  static _pathCache: Record<string, string> = Object.create(null);
  static _extensions: Record<string, (module: Module, filename: string) => void> = Object.create(null);
  static globalPaths: string[] = [];
  static builtinModules = builtinModules;
  static wrapper = [WRAPPER_HEAD.replace('__nodelingModuleWrapper', ''), WRAPPER_TAIL];
  static Module = Module;

  id: string;
  path: string;
  exports: any = {};
  filename: string | null = null;
  loaded = false;
  children: Module[] = [];
  paths: string[] = [];
  declare parent: Module | null | undefined;

  constructor(id = '', parent?: Module | null) {
    this.id = id;
    this.path = path.dirname(id);
    Object.defineProperty(this, 'parent', { value: parent, writable: true, enumerable: false, configurable: true });
    if (parent) parent.children.push(this);
  }

  static isBuiltin(name: string): boolean {
    return isBuiltin(name);
  }

  static wrap(script: string): string {
    return `${Module.wrapper[0]}${script}${Module.wrapper[1]}`;
  }

  static _nodeModulePaths(from: string): string[] {
    from = path.resolve(from);
    if (from === '/') return ['/node_modules'];
    const paths: string[] = [];
    const parts = from.split('/');
    for (let i = parts.length; i > 1; i--) {
      if (parts[i - 1] === 'node_modules') continue;
      const dir = parts.slice(0, i).join('/');
      paths.push(`${dir}/node_modules`);
    }
    paths.push('/node_modules');
    return paths;
  }

  static _initPaths(): void {
    const env = getProcess().env;
    const home = env.HOME;
    const prefix = path.resolve(getProcess().execPath, '..', '..');
    const paths = [path.resolve(prefix, 'lib', 'node')];
    if (home) {
      paths.unshift(path.resolve(home, '.node_libraries'));
      paths.unshift(path.resolve(home, '.node_modules'));
    }
    if (env.NODE_PATH) paths.unshift(...env.NODE_PATH.split(':').filter(Boolean));
    Module.globalPaths = paths;
  }

  static _resolveLookupPaths(request: string, parent: Module | null | undefined): string[] | null {
    if (isBuiltin(request)) return null;
    const relative = request === '.' || request === '..' || request.startsWith('./') || request.startsWith('../');
    if (!relative) {
      const paths = parent?.paths?.length ? [...parent.paths, ...Module.globalPaths] : [...Module.globalPaths];
      return paths;
    }
    if (!parent || !parent.id || !parent.filename) return ['.'];
    return [path.dirname(parent.filename)];
  }

  static _findPath(request: string, paths: string[]): string | false {
    const absolute = request.startsWith('/');
    if (absolute) paths = [''];
    else if (paths.length === 0) return false;
    const cacheKey = `${request}\x00${paths.join('\x00')}`;
    const cached = Module._pathCache[cacheKey];
    if (cached) return cached;
    const trailingSlash = request.length > 0 && (request.endsWith('/') || request.endsWith('/.') || request.endsWith('/..') || request === '.' || request === '..');
    for (const dir of paths) {
      if (!absolute) {
        const viaExports = resolveExports(dir, request);
        if (viaExports) return viaExports;
      }
      const base = path.resolve(dir, request);
      // A candidate below `dir` cannot be a file unless `dir` is a directory: only a request that
      // climbs out of it needs the directory checked on its own.
      const below = dir !== '' && base.length > dir.length && base.startsWith(dir) && base.charCodeAt(dir.length) === 47;
      const found = moduleFind(dir === '' || below ? '' : dir, base, trailingSlash ? [] : Object.keys(Module._extensions),
        (trailingSlash ? 0 : FIND_SELF) | loadFlags(base));
      if (found.kind === -1) continue;
      const kind = trailingSlash ? statKind(base) : found.kind;
      let filename: string | false = found.file === '' ? false : prefetch(found);
      if (!filename && kind === 2) filename = tryPackage(base, request);
      if (filename) {
        Module._pathCache[cacheKey] = filename;
        return filename;
      }
    }
    return false;
  }

  static _resolveFilename(request: string, parent?: Module | null, isMain = false, options?: { paths?: string[] }): string {
    if (isBuiltin(request)) return request;
    let paths: string[];
    if (options?.paths) {
      const relative = request.startsWith('./') || request.startsWith('../');
      paths = [];
      for (const p of options.paths) {
        if (relative) paths.push(p);
        else {
          const fake = new Module('', null);
          fake.paths = Module._nodeModulePaths(p);
          for (const q of Module._resolveLookupPaths(request, fake) ?? []) if (!paths.includes(q)) paths.push(q);
        }
      }
    } else {
      paths = Module._resolveLookupPaths(request, parent) ?? [];
    }
    if (request[0] === '#' && parent?.filename) {
      const viaImports = resolveImports(request, parent.filename);
      if (viaImports) return viaImports;
    }
    const selfResolved = parent?.filename ? resolveSelf(request, parent.filename) : undefined;
    if (selfResolved) return selfResolved;
    const filename = Module._findPath(request, paths);
    if (filename) return filename;
    const requireStack: string[] = [];
    for (let cursor: Module | null | undefined = parent; cursor; cursor = moduleParent.get(cursor)) {
      requireStack.push(cursor.filename || cursor.id);
    }
    let message = `Cannot find module '${request}'`;
    if (requireStack.length > 0) message += `\nRequire stack:\n- ${requireStack.join('\n- ')}`;
    const err = new Error(message) as Error & { code: string; requireStack: string[] };
    err.code = 'MODULE_NOT_FOUND';
    err.requireStack = requireStack;
    throw err;
  }

  static _load(request: string, parent: Module | null | undefined, isMain: boolean): any {
    if (request.startsWith('node:')) {
      const name = request.slice(5);
      if (!isBuiltin(request)) throw nodeError('ERR_UNKNOWN_BUILTIN_MODULE', request);
      return loadBuiltin(name);
    }
    dropPrefetched();
    wantSource = true;
    let filename: string;
    try {
      filename = Module._resolveFilename(request, parent, isMain);
    } finally {
      wantSource = false;
    }
    if (isBuiltin(filename)) return loadBuiltin(filename);
    const cached = Module._cache[filename];
    if (cached !== undefined) {
      dropPrefetched();
      if (parent && !parent.children.includes(cached)) parent.children.push(cached);
      if (!cached.loaded) return exportsForCircularRequire(cached);
      return cached.exports;
    }
    const module = new Module(filename, parent);
    moduleParent.set(module, parent);
    if (isMain) {
      module.id = '.';
      mainModule = module;
    }
    Module._cache[filename] = module;
    let threw = true;
    try {
      module.load(filename);
      threw = false;
      const exports = module.exports;
      if (exports !== null && typeof exports === 'object' && Object.getPrototypeOf(exports) === circularWarningPrototype) {
        Object.setPrototypeOf(exports, Object.prototype);
      }
    } finally {
      dropPrefetched();
      if (threw) {
        delete Module._cache[filename];
        if (parent) {
          const at = parent.children.indexOf(module);
          if (at !== -1) parent.children.splice(at, 1);
        }
      }
    }
    return module.exports;
  }

  static createRequire(filename: string | URL): NodeRequire {
    let file = typeof filename === 'string' ? filename : filename.pathname;
    if (typeof filename === 'string' && filename.startsWith('file:')) file = new URL(filename).pathname;
    if (typeof file !== 'string' || (!file.startsWith('/') && !file.endsWith('/'))) {
      throw nodeError('ERR_INVALID_ARG_VALUE', 'filename', filename, 'must be a file URL object, file URL string, or absolute path string');
    }
    const proxy = new Module(file, null);
    proxy.filename = file;
    proxy.paths = Module._nodeModulePaths(path.dirname(file));
    return makeRequire(proxy);
  }

  static runMain(main: string): void {
    executeUserEntryPoint(main);
  }

  load(filename: string): void {
    this.filename = filename;
    this.paths = Module._nodeModulePaths(path.dirname(filename));
    const ext = findLongestRegisteredExtension(filename);
    Module._extensions[ext](this, filename);
    this.loaded = true;
  }

  require(id: string): any {
    return moduleRequire.call(this, id);
  }

  /** `format` 'module' (an ES module, from require) or undefined (a typeless .js: ESM if its syntax says so). */
  _compile(content: string, filename: string, format?: 'module' | 'commonjs'): any {
    if (format === 'module') return loadESMFromCJS(this, filename);
    let wrapper: Function;
    try {
      wrapper = wrapSafe(filename, content);
    } catch (error) {
      if (format === undefined && filename.endsWith('.js') && error instanceof SyntaxError && looksLikeModule(content)) {
        return loadESMFromCJS(this, filename);
      }
      throw error;
    }
    const dirname = path.dirname(filename);
    const require = makeRequire(this);
    const exports = this.exports;
    return wrapper.call(exports, exports, require, this, filename, dirname);
  }
}

const moduleParent = new WeakMap<Module, Module | null | undefined>();

/** Reading a missing export of a module that is still loading (a cycle) earns Node's warning. */
const circularWarningPrototype: object = new Proxy({}, {
  get(target, name, receiver) {
    if (name in target || name === '__esModule' || typeof name === 'symbol') return Reflect.get(target, name, receiver);
    getProcess().emitWarning(`Accessing non-existent property '${String(name)}' of module exports inside circular dependency`);
    return undefined;
  },
  getOwnPropertyDescriptor(target, name) {
    if (Object.prototype.hasOwnProperty.call(target, name) || name === '__esModule') return Reflect.getOwnPropertyDescriptor(target, name);
    getProcess().emitWarning(`Accessing non-existent property '${String(name)}' of module exports inside circular dependency`);
    return undefined;
  },
});

function exportsForCircularRequire(module: Module): any {
  const exports = module.exports;
  if (exports !== null && typeof exports === 'object' && Object.getPrototypeOf(exports) === Object.prototype && !exports.__esModule) {
    Object.setPrototypeOf(exports, circularWarningPrototype);
  }
  return exports;
}
let mainModule: Module | undefined;

function moduleRequire(this: Module, id: string): any {
  validateString(id, 'id');
  if (id === '') throw nodeError('ERR_INVALID_ARG_VALUE', 'id', id, 'must be a non-empty string');
  return Module._load(id, this, false);
}

type NodeRequire = ((id: string) => any) & {
  resolve: ((request: string, options?: { paths?: string[] }) => string) & { paths(request: string): string[] | null };
  main: Module | undefined;
  extensions: typeof Module._extensions;
  cache: typeof Module._cache;
};

function makeRequire(module: Module): NodeRequire {
  const require = function requireFromModule(id: string): any {
    return moduleRequire.call(module, id);
  } as NodeRequire;
  // The bundler renames functions called `require`; Node's is named so, and stack traces show it.
  Object.defineProperty(require, 'name', { value: 'require' });
  const resolve = (request: string, options?: { paths?: string[] }): string => {
    validateString(request, 'request');
    return Module._resolveFilename(request, module, false, options);
  };
  resolve.paths = (request: string): string[] | null => {
    validateString(request, 'request');
    return Module._resolveLookupPaths(request, module);
  };
  require.resolve = resolve;
  Object.defineProperty(require, 'main', { get: () => mainModule, enumerable: true, configurable: true });
  require.extensions = Module._extensions;
  require.cache = Module._cache;
  return require;
}

function toReal(file: string): string | false {
  try {
    return realpathSync(file);
  } catch {
    return false;
  }
}

function tryExtensions(base: string): string | false {
  const found = moduleFind('', base, Object.keys(Module._extensions), loadFlags(base));
  return found.file === '' ? false : prefetch(found);
}

/**
 * While require() loads: the source too, and the package.json beside `base` while its scope is
 * unknown (a .js file's format depends on it), so a module in a new directory costs one call.
 */
function loadFlags(base: string): number {
  if (!wantSource) return 0;
  return knowsPackage(`${base.slice(0, base.lastIndexOf('/') + 1)}package.json`) ? FIND_SOURCE : FIND_SOURCE | FIND_PACKAGE;
}

function prefetch(found: Found): string {
  if (found.source !== null) {
    prefetchedFile = found.file;
    prefetchedSource = found.source;
  }
  if (found.pkg !== undefined) prefetchPackage(`${found.file.slice(0, found.file.lastIndexOf('/') + 1)}package.json`, found.pkg);
  return found.file;
}

function tryPackage(dir: string, request: string): string | false {
  const pkg = readPackage(dir);
  const main = pkg?.main;
  if (typeof main !== 'string' || main === '') return tryIndex(dir);
  const target = path.resolve(dir, main);
  const found = (statKind(target) === 1 && toReal(target)) || tryExtensions(target) || tryIndex(target);
  if (found) return found;
  const fallback = tryIndex(dir);
  if (fallback) {
    getProcess().emitWarning(
      `Invalid 'main' field in '${path.join(dir, 'package.json')}' of '${main}'. Please either fix that or report it to the module author`,
      'DeprecationWarning', 'DEP0128');
    return fallback;
  }
  const err = new Error(`Cannot find module '${target}'. Please verify that the package.json has a valid "main" entry`) as Error & Record<string, unknown>;
  err.code = 'MODULE_NOT_FOUND';
  err.path = path.join(dir, 'package.json');
  err.requestPath = request;
  throw err;
}

function tryIndex(dir: string): string | false {
  return tryExtensions(path.join(dir, 'index'));
}

function findLongestRegisteredExtension(filename: string): string {
  const name = path.basename(filename);
  let index = 0;
  while ((index = name.indexOf('.', index + 1)) !== -1) {
    const ext = name.slice(index);
    if (Module._extensions[ext]) return ext;
  }
  return '.js';
}

// ---- package.json "exports" and "imports", resolved by the ES module resolver ------------

/** Splits a bare request into its package name and the subpath after it ('' or '/...'). */
function splitPackageName(request: string): [name: string, rest: string] | null {
  const first = request.charCodeAt(0);
  if (request === '' || first === 46 /* . */ || first === 47 /* / */) return null;
  let end = request.indexOf('/');
  if (first === 64 /* @ */) {
    if (end <= 1) return null;
    end = request.indexOf('/', end + 1);
  }
  const name = end === -1 ? request : request.slice(0, end);
  if (name.includes('\\') || name.includes('%')) return null;
  return [name, end === -1 ? '' : request.slice(end)];
}

/** A package in node_modules directory `dir` whose "exports" maps `request`. */
function resolveExports(dir: string, request: string): string | undefined {
  const split = splitPackageName(request);
  if (!split) return undefined;
  const pkgDir = path.resolve(dir, split[0]);
  const pkg = readPackage(pkgDir);
  if (pkg === null || pkg.exports === undefined || pkg.exports === null) return undefined;
  let url: string;
  try {
    url = packageExportsResolve(pkg, `.${split[1]}`, '', requireConditions);
  } catch (error) {
    throw forRequire(error, request, pkg.pjsonPath);
  }
  return finalizeEsmResolution(url, '', pkg);
}

/** A request naming the package that contains `parentFile`, through its own "exports". */
function resolveSelf(request: string, parentFile: string): string | undefined {
  const pkg = packageScope(parentFile, checkForRequire);
  if (!pkg || pkg.exports === undefined || pkg.exports === null || pkg.name === undefined) return undefined;
  let subpath: string;
  if (request === pkg.name) subpath = '.';
  else if (request.startsWith(`${pkg.name}/`)) subpath = `.${request.slice(pkg.name.length)}`;
  else return undefined;
  let url: string;
  try {
    url = packageExportsResolve(pkg, subpath, pathToUrl(parentFile), requireConditions);
  } catch (error) {
    throw forRequire(error, request, pkg.pjsonPath);
  }
  return finalizeEsmResolution(url, parentFile, pkg);
}

/** A `#name` request through the "imports" of the package containing `parentFile`, if it has any. */
function resolveImports(request: string, parentFile: string): string | undefined {
  const pkg = packageScope(parentFile, checkForRequire);
  if (!pkg || pkg.imports === undefined || pkg.imports === null) return undefined;
  let url: string;
  try {
    url = packageImportsResolve(request, pathToUrl(parentFile), requireConditions);
  } catch (error) {
    throw forRequire(error, request, undefined);
  }
  return finalizeEsmResolution(url, parentFile, pkg);
}

/** The ES resolver's "not found" reads as require()'s MODULE_NOT_FOUND. */
function forRequire(error: unknown, request: string, pjsonPath: string | undefined): unknown {
  return (error as { code?: unknown } | null)?.code === 'ERR_MODULE_NOT_FOUND' ? esmNotFound(request, pjsonPath) : error;
}

/** The file require() loads for the ES resolver's URL. */
function finalizeEsmResolution(url: string, parentFile: string, pkg: PackageConfig): string {
  if (/%2f|%5c/i.test(url)) {
    throw nodeError('ERR_INVALID_MODULE_SPECIFIER', url, 'must not include encoded "/" or "\\" characters', parentFile || undefined);
  }
  const file = urlToPath(url);
  if (statKind(file) === 1) return toReal(file) || file;
  throw esmNotFound(file, pkg.pjsonPath);
}

function esmNotFound(request: string, pjsonPath: string | undefined): Error {
  const err = new Error(`Cannot find module '${request}'`) as Error & Record<string, unknown>;
  err.code = 'MODULE_NOT_FOUND';
  if (pjsonPath !== undefined) err.path = pjsonPath;
  return err;
}

// ---- compiling and the extension handlers ---------------------------------------------------

function wrapSafe(filename: string, content: string): Function {
  // A hashbang is only valid at the very start of a script: keep its columns, drop its meaning.
  if (content.startsWith('#!')) content = `//${content.slice(2)}`;
  registerSource(filename, content);
  registerWrappedScript(filename, WRAPPER_HEAD.length);
  try {
    // Compiled by the host when it can, so that `import()` inside resolves from this file.
    const compiled = compileCommonJs(`${WRAPPER_HEAD}${content}${WRAPPER_TAIL}`, filename);
    if (compiled !== undefined) return compiled as Function;
    return (0, eval)(`${WRAPPER_HEAD}${content}${WRAPPER_TAIL}\n//# sourceURL=${filename}`);
  } catch (error) {
    if (error instanceof SyntaxError) markSyntaxError(error, filename, content, true);
    throw error;
  }
}

function stripBOM(content: string): string {
  return content.charCodeAt(0) === 0xfeff ? content.slice(1) : content;
}

Module._extensions['.js'] = function loadJsExtension(module: Module, filename: string): void {
  const format = formatForRequire(filename);
  // An ES module is read by the ES loader; reading it here too would be wasted.
  if (format === 'module') {
    module._compile('', filename, format);
    return;
  }
  const content = stripBOM(readText(filename));
  module._compile(isTypeScriptFile(filename) ? stripTypeScriptTypes(content, filename) : content, filename, format);
};

/** `require()` of an ES module: its namespace, when its graph has no top-level await. */
function loadESMFromCJS(module: Module, filename: string): void {
  module.exports = importSyncForRequire(filename, moduleParent.get(module)?.filename);
}

Module._extensions['.json'] = function loadJsonExtension(module: Module, filename: string): void {
  const content = readText(filename);
  try {
    module.exports = JSON.parse(stripBOM(content));
  } catch (error) {
    (error as Error).message = `${filename}: ${(error as Error).message}`;
    throw error;
  }
};

Module._extensions['.node'] = function loadNativeExtension(): void {
  throw nodeError('ERR_NOT_IMPLEMENTED', 'native addons (.node files)');
};

/** Runs the program's main script: `node app.js`, or `node app.mjs` through the ES module loader. */
export function executeUserEntryPoint(main: string): void {
  const file = Module._findPath(path.resolve(main), []);
  if (file && isEsmEntry(file)) {
    // Node reports a failed ES entry point as a rejection of its evaluation.
    runMainEsm(file, (error) => triggerUncaughtException(error, true));
    return;
  }
  Module._load(main, null, true);
}

registerCommonJs({
  load: (filename) => Module._load(filename, null, false),
  resolve: (request, parentFile) => Module._resolveFilename(request, fakeParent(parentFile)),
});

function fakeParent(filename: string): Module {
  const parent = new Module(filename, null);
  parent.filename = filename;
  parent.paths = Module._nodeModulePaths(path.dirname(filename));
  return parent;
}

export function getMainModule(): Module | undefined {
  return mainModule;
}

/** The `require` available to `node -e` and `node -p` code, whose module is `[eval]`. */
export function makeEvalRequire(cwd: string, name: string): { module: Module; require: NodeRequire } {
  const module = new Module(name, null);
  module.filename = path.join(cwd, name);
  module.paths = Module._nodeModulePaths(cwd);
  return { module, require: makeRequire(module) };
}
