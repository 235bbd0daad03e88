// node layer: the CommonJS loader — Node's resolution (relative, absolute, node_modules, package
// `main` and `exports`, built-ins), the module wrapper, the cache, cycles and require().
import * as path from '../path.js';
import { tryStat, realpathSync, readFileSync as readBytes } from '../binding/fs.js';
import { FIND_SELF, FIND_SOURCE, moduleFind } from '../binding/module.js';
import { StatIndex } from '../../abi/syscalls.js';
import { nodeError } from '../internal/errors.js';
import { validateString } from '../internal/validators.js';
import { registerSource, registerWrappedScript } from '../internal/stack.js';
import { markSyntaxError } from '../internal/syntax.js';
import { builtinModules, isBuiltin, loadBuiltin } from './builtins.js';
import { getProcess } from '../process.js';
import { compileCommonJs, formatForRequire, importSyncForRequire, isEsmEntry, looksLikeModule, registerCommonJs, runMainEsm } from './esm/loader.js';
import { isTypeScriptFile, stripTypeScriptTypes } from './esm/typescript.js';
import { triggerUncaughtException } from '../internal/process/execution.js';

const S_IFMT = 0o170000;
const S_IFDIR = 0o040000;
const S_IFREG = 0o100000;
const utf8 = new TextDecoder();

const WRAPPER_HEAD = '(function __nodelingModuleWrapper(exports, require, module, __filename, __dirname) { ';
const WRAPPER_TAIL = '\n})';

/** The conditions `exports` is matched against for require(). */
const requireConditions = new Set(['require', 'node', 'node-addons', 'module-sync', 'default']);

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
  const bytes = readBytes(file, 0);
  if (bytes === null) throw nodeError('ERR_FS_FILE_TOO_LARGE', file);
  return utf8.decode(bytes);
}

interface PackageJson {
  name?: string;
  main?: string;
  exports?: unknown;
  imports?: unknown;
  type?: string;
}

const packageJsonCache = new Map<string, PackageJson | null>();

function readPackage(dir: string): PackageJson | null {
  const file = path.join(dir, 'package.json');
  if (packageJsonCache.has(file)) return packageJsonCache.get(file)!;
  let result: PackageJson | null = null;
  if (statKind(file) === 1) {
    const text = readText(file);
    try {
      result = JSON.parse(text);
    } catch (error) {
      const err = new Error(`Invalid package config ${file}.`);
      (err as Error & { code?: string }).code = 'ERR_INVALID_PACKAGE_CONFIG';
      (err as Error & { cause?: unknown }).cause = error;
      throw err;
    }
  }
  packageJsonCache.set(file, result);
  return result;
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
      const base = path.resolve(dir, request);
      // A candidate below `dir` cannot be a file unless `dir` is a directory: only a request that
      // climbs out of it needs the directory checked on its own.
      const below = dir !== '' && base.length > dir.length && base.startsWith(dir) && base.charCodeAt(dir.length) === 47;
      const found = moduleFind(dir === '' || below ? '' : dir, base, trailingSlash ? [] : Object.keys(Module._extensions),
        (trailingSlash ? 0 : FIND_SELF) | (wantSource ? FIND_SOURCE : 0));
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
      const viaImports = resolvePackageImports(request, parent.filename);
      if (viaImports) return viaImports;
    }
    const selfResolved = parent?.filename ? resolveSelf(request, parent.filename) : undefined;
    if (selfResolved) return selfResolved;
    const viaExports = resolveExports(paths, request);
    if (viaExports) return viaExports;
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
  const found = moduleFind('', base, Object.keys(Module._extensions), wantSource ? FIND_SOURCE : 0);
  return found.file === '' ? false : prefetch(found);
}

function prefetch(found: { file: string; source: Uint8Array | null }): string {
  if (found.source !== null) {
    prefetchedFile = found.file;
    prefetchedSource = found.source;
  }
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

// ---- package.json "exports" and "imports" -----------------------------------------------

function splitPackageName(request: string): [name: string, subpath: string] | null {
  if (request.startsWith('.') || request.startsWith('/')) return null;
  const parts = request.split('/');
  const nameParts = request.startsWith('@') ? 2 : 1;
  if (parts.length < nameParts || (nameParts === 2 && !parts[1])) return null;
  const name = parts.slice(0, nameParts).join('/');
  const rest = parts.slice(nameParts).join('/');
  return [name, rest ? `./${rest}` : '.'];
}

function resolveExports(paths: string[], request: string): string | false {
  const split = splitPackageName(request);
  if (!split) return false;
  const [name, subpath] = split;
  for (const dir of paths) {
    const pkgDir = path.resolve(dir, name);
    const pkg = statKind(pkgDir) === 2 ? readPackage(pkgDir) : null;
    if (!pkg || pkg.exports === undefined || pkg.exports === null) continue;
    return resolvePackageTarget(pkgDir, pkg.exports, subpath);
  }
  return false;
}

function resolveSelf(request: string, parentFile: string): string | undefined {
  const split = splitPackageName(request);
  if (!split) return undefined;
  const scope = findPackageScope(parentFile);
  if (!scope || scope.pkg.name !== split[0] || scope.pkg.exports === undefined) return undefined;
  return resolvePackageTarget(scope.dir, scope.pkg.exports, split[1]);
}

function findPackageScope(file: string): { dir: string; pkg: PackageJson } | null {
  let dir = path.dirname(file);
  for (;;) {
    if (path.basename(dir) === 'node_modules') return null;
    const pkg = readPackage(dir);
    if (pkg) return { dir, pkg };
    const up = path.dirname(dir);
    if (up === dir) return null;
    dir = up;
  }
}

function resolvePackageImports(request: string, parentFile: string): string | undefined {
  const scope = findPackageScope(parentFile);
  const imports = scope?.pkg.imports;
  if (!scope || imports === null || typeof imports !== 'object') {
    throw nodeError('ERR_PACKAGE_IMPORT_NOT_DEFINED', request, scope ? `${scope.dir}/` : undefined, parentFile);
  }
  const found = matchSubpath(imports as Record<string, unknown>, request);
  if (found) {
    const target = resolveTarget(scope.dir, found.target, found.pattern, request, true);
    if (target) return target;
  }
  throw nodeError('ERR_PACKAGE_IMPORT_NOT_DEFINED', request, `${scope.dir}/`, parentFile);
}

function isConditionsObject(value: unknown): value is Record<string, unknown> {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return false;
  const keys = Object.keys(value);
  return keys.length > 0 && !keys[0].startsWith('.');
}

function matchSubpath(map: Record<string, unknown>, subpath: string): { target: unknown; pattern: string | undefined } | null {
  if (Object.prototype.hasOwnProperty.call(map, subpath) && !subpath.includes('*')) return { target: map[subpath], pattern: undefined };
  let best: string | null = null;
  let bestMatch = '';
  for (const key of Object.keys(map)) {
    const star = key.indexOf('*');
    if (star === -1 || key.indexOf('*', star + 1) !== -1) continue;
    const prefix = key.slice(0, star);
    const suffix = key.slice(star + 1);
    if (subpath.startsWith(prefix) && subpath !== prefix && subpath.length >= key.length && subpath.endsWith(suffix)) {
      if (best === null || patternKeyCompare(best, key) === 1) {
        best = key;
        bestMatch = subpath.slice(prefix.length, subpath.length - suffix.length);
      }
    }
  }
  return best === null ? null : { target: map[best], pattern: bestMatch };
}

function patternKeyCompare(a: string, b: string): number {
  const aStar = a.indexOf('*');
  const bStar = b.indexOf('*');
  const baseA = aStar === -1 ? a.length : aStar + 1;
  const baseB = bStar === -1 ? b.length : bStar + 1;
  if (baseA > baseB) return -1;
  if (baseB > baseA) return 1;
  if (aStar === -1) return 1;
  if (bStar === -1) return -1;
  if (a.length > b.length) return -1;
  if (b.length > a.length) return 1;
  return 0;
}

function resolvePackageTarget(pkgDir: string, exports: unknown, subpath: string): string {
  let map: Record<string, unknown>;
  if (typeof exports === 'string' || Array.isArray(exports) || isConditionsObject(exports)) map = { '.': exports };
  else map = exports as Record<string, unknown>;
  const found = matchSubpath(map, subpath);
  if (found) {
    const target = resolveTarget(pkgDir, found.target, found.pattern, subpath, false);
    if (target) {
      if (statKind(target) !== 1) {
        const err = new Error(`Cannot find module '${target}'`) as Error & Record<string, unknown>;
        err.code = 'MODULE_NOT_FOUND';
        throw err;
      }
      return toReal(target) || target;
    }
  }
  throw nodeError('ERR_PACKAGE_PATH_NOT_EXPORTED', `${pkgDir}/`, subpath);
}

function resolveTarget(pkgDir: string, target: unknown, pattern: string | undefined, subpath: string, isImports: boolean): string | null {
  if (typeof target === 'string') {
    if (!target.startsWith('./')) {
      if (isImports && !target.startsWith('../') && !target.startsWith('/')) {
        return Module._resolveFilename(pattern === undefined ? target : target.replaceAll('*', pattern), null);
      }
      throw nodeError('ERR_INVALID_PACKAGE_TARGET', `${pkgDir}/`, subpath, target, isImports);
    }
    const resolved = path.join(pkgDir, pattern === undefined ? target : target.replaceAll('*', pattern));
    return resolved;
  }
  if (Array.isArray(target)) {
    for (const item of target) {
      try {
        const r = resolveTarget(pkgDir, item, pattern, subpath, isImports);
        if (r) return r;
      } catch (error) {
        if ((error as { code?: string }).code !== 'ERR_INVALID_PACKAGE_TARGET') throw error;
      }
    }
    return null;
  }
  if (target !== null && typeof target === 'object') {
    for (const key of Object.keys(target)) {
      if (requireConditions.has(key)) {
        const r = resolveTarget(pkgDir, (target as Record<string, unknown>)[key], pattern, subpath, isImports);
        if (r !== null) return r;
      }
    }
    return null;
  }
  return null;
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
