// node layer: Node's ES module resolver — URLs, relative and absolute specifiers, built-ins,
// package `exports`/`imports` with conditions and subpath patterns, self-reference, and the
// format of each file (extension, then the nearest package.json "type").
import * as path from '../../path.js';
import { tryStat, realpathSync, readdirSync, readFileSync as readBytes } from '../../binding/fs.js';
import { StatIndex } from '../../../abi/syscalls.js';
import { errorClass, nodeError } from '../../internal/errors.js';
import { isBuiltin } from '../builtins.js';
import { atSite } from './trace.js';

const S_IFMT = 0o170000;
const S_IFDIR = 0o040000;
/** The directory-entry type of a regular file (DT_REG). */
const DT_REG = 8;
const utf8 = new TextDecoder();

/** The conditions `import` matches in `exports` and `imports`. */
export const importConditions = new Set(['node', 'import', 'node-addons', 'default']);
export const requireConditions = new Set(['node', 'require', 'node-addons', 'module-sync', 'default']);

export type Format = 'module' | 'commonjs' | 'json' | 'builtin' | 'wasm' | undefined;

/** A package.json as both loaders see it; one cache serves import and require(). */
export interface PackageConfig {
  exists: boolean;
  pjsonPath: string;
  /** Set when the file is not valid JSON: each loader reports that in its own words. */
  parseError?: string;
  name?: string;
  type: 'module' | 'commonjs' | 'none';
  exports?: unknown;
  imports?: unknown;
  main?: unknown;
}

const packageCache = new Map<string, PackageConfig>();
const NotExported = errorClass('ERR_PACKAGE_PATH_NOT_EXPORTED');

/** 0: missing, 1: file, 2: directory. */
function statKind(file: string): number {
  const r = tryStat(file);
  if (typeof r === 'number') return 0;
  return (r[StatIndex.mode] & S_IFMT) === S_IFDIR ? 2 : 1;
}

/** A directory as listed once: its real path, and each entry's type. */
interface Listing { real: string; types: Map<string, number> }
/** null: the directory could not be listed; its files take the stat and realpath calls. */
const listings = new Map<string, Listing | null>();

/**
 * The real path of `file` when its directory's listing shows a regular file by that name, with
 * no call to the kernel after the directory's first; undefined when that cannot be told so. A
 * graph of modules side by side (the common case) then costs one call per module, its read.
 * A name missing from the listing (a file made since) takes the full path.
 */
function knownRealFile(file: string): string | undefined {
  const slash = file.lastIndexOf('/');
  if (slash <= 0 || slash === file.length - 1) return undefined;
  const dir = file.slice(0, slash);
  let listing = listings.get(dir);
  if (listing === undefined) {
    listing = null;
    try {
      const [names, types] = readdirSync(dir);
      const map = new Map<string, number>();
      for (let i = 0; i < names.length; i++) map.set(names[i], types[i]);
      listing = { real: realpathSync(dir), types: map };
    } catch {
      listing = null;
    }
    listings.set(dir, listing);
  }
  if (listing === null || listing.types.get(file.slice(slash + 1)) !== DT_REG) return undefined;
  return listing.real === '/' ? file.slice(slash) : listing.real + file.slice(slash);
}

/**
 * The package.json beside the module the CommonJS loader's path search found last, handed over
 * with it (null: there is none), so the scope of that module costs no further call. One entry
 * only: it is taken right after, while the module loads, never long after the file could change.
 */
let prefetchedPath = '';
let prefetchedBytes: Uint8Array | null = null;

/** Whether the package.json at `pjsonPath` is already read. */
export function knowsPackage(pjsonPath: string): boolean {
  return packageCache.has(pjsonPath);
}

export function prefetchPackage(pjsonPath: string, bytes: Uint8Array | null): void {
  prefetchedPath = pjsonPath;
  prefetchedBytes = bytes;
}

/** The bytes of the package.json at `pjsonPath`, null when there is none. */
function packageBytes(pjsonPath: string): Uint8Array | null {
  if (pjsonPath === prefetchedPath) {
    prefetchedPath = '';
    return prefetchedBytes;
  }
  return statKind(pjsonPath) === 1 ? readBytes(pjsonPath, 0) ?? new Uint8Array() : null;
}

/** The parsed package.json at `pjsonPath`, cached; a missing file reads as `exists: false`. */
export function readPackageConfig(pjsonPath: string): PackageConfig {
  const cached = packageCache.get(pjsonPath);
  if (cached) return cached;
  let config: PackageConfig = { exists: false, pjsonPath, type: 'none' };
  const bytes = packageBytes(pjsonPath);
  if (bytes !== null) {
    let parsed: Record<string, unknown> | undefined;
    try {
      parsed = JSON.parse(utf8.decode(bytes));
    } catch (error) {
      config = { exists: true, pjsonPath, type: 'none', parseError: (error as Error).message };
    }
    if (parsed !== undefined) {
      const type = parsed.type === 'module' || parsed.type === 'commonjs' ? parsed.type : 'none';
      config = {
        exists: true, pjsonPath, type,
        name: typeof parsed.name === 'string' ? parsed.name : undefined,
        exports: parsed.exports, imports: parsed.imports, main: parsed.main,
      };
    }
  }
  packageCache.set(pjsonPath, config);
  return config;
}

function checkForImport(config: PackageConfig, base?: string): void {
  if (config.parseError !== undefined) throw nodeError('ERR_INVALID_PACKAGE_CONFIG', config.pjsonPath, base, config.parseError);
}

function readPackage(pjsonPath: string, base?: string): PackageConfig {
  const config = readPackageConfig(pjsonPath);
  checkForImport(config, base);
  return config;
}

/**
 * The package.json governing `file` (the nearest one, stopping at node_modules); `check` throws
 * the loader's own error for one that does not parse.
 */
export function packageScope(file: string, check: (config: PackageConfig) => void = checkForImport): PackageConfig | null {
  let dir = path.dirname(file);
  for (;;) {
    if (dir.endsWith('/node_modules')) return null;
    const config = readPackageConfig(path.join(dir, 'package.json'));
    check(config);
    if (config.exists) return config;
    const up = path.dirname(dir);
    if (up === dir) return null;
    dir = up;
  }
}

export function urlToPath(url: string): string {
  return decodeURIComponent(new URL(url).pathname);
}

export function pathToUrl(file: string): string {
  const url = new URL('file://');
  url.pathname = file;
  return url.href;
}

/** Which loader runs a file: by extension, `.js` by the package type. */
export function formatOfPath(file: string): Format | null {
  const dot = file.lastIndexOf('.');
  const ext = dot > file.lastIndexOf('/') ? file.slice(dot) : '';
  switch (ext) {
    case '.mjs': case '.mts': return 'module';
    case '.cjs': case '.cts': return 'commonjs';
    case '.json': return 'json';
    case '.js': case '.ts': {
      const type = packageScope(file)?.type ?? 'none';
      return type === 'module' ? 'module' : type === 'commonjs' ? 'commonjs' : undefined;
    }
    case '': {
      const type = packageScope(file)?.type ?? 'none';
      return type === 'module' ? null : 'commonjs';
    }
    default: return null;
  }
}

function displayParent(parentURL: string): string {
  return parentURL.startsWith('file:') ? urlToPath(parentURL) : parentURL;
}

function isRelative(specifier: string): boolean {
  return specifier.startsWith('./') || specifier.startsWith('../') || specifier === '.' || specifier === '..' || specifier.startsWith('/');
}

function parseUrl(specifier: string): URL | null {
  if (!/^[a-zA-Z][a-zA-Z\d+.-]*:/.test(specifier)) return null;
  try {
    return new URL(specifier);
  } catch {
    return null;
  }
}

/** Resolves `specifier` imported from `parentURL` to a URL, as Node's default resolver does. */
export function resolve(specifier: string, parentURL: string, conditions = importConditions): string {
  if (isBuiltin(specifier)) return specifier.startsWith('node:') ? specifier : `node:${specifier}`;
  let url: URL;
  if (isRelative(specifier)) {
    url = new URL(specifier, parentURL);
  } else if (specifier[0] === '#') {
    url = new URL(packageImportsResolve(specifier, parentURL, conditions));
  } else {
    const parsed = parseUrl(specifier);
    if (parsed) {
      if (parsed.protocol === 'node:') throw atSite(nodeError('ERR_UNKNOWN_BUILTIN_MODULE', specifier), 'builtin');
      if (parsed.protocol === 'data:') return parsed.href;
      if (parsed.protocol !== 'file:') throw atSite(nodeError('ERR_UNSUPPORTED_ESM_URL_SCHEME', parsed, ['file', 'data', 'node']), 'scheme');
      url = parsed;
    } else {
      url = new URL(packageResolve(specifier, parentURL, conditions));
    }
  }
  if (url.protocol !== 'file:') return url.href;
  return finalize(url, parentURL);
}

function finalize(url: URL, parentURL: string): string {
  if (/%2f|%5c/i.test(url.pathname)) {
    throw nodeError('ERR_INVALID_MODULE_SPECIFIER', url.pathname, 'must not include encoded "/" or "\\" characters', displayParent(parentURL));
  }
  const file = urlToPath(url.href);
  const known = knownRealFile(file);
  if (known !== undefined) return realUrl(known, url);
  const kind = statKind(file.endsWith('/') ? file.slice(0, -1) : file);
  if (kind === 2 || (kind !== 0 && file.endsWith('/'))) {
    const error = nodeError('ERR_UNSUPPORTED_DIR_IMPORT', file, displayParent(parentURL));
    (error as unknown as { url: string }).url = url.href;
    throw atSite(error, 'dir');
  }
  if (kind === 0) {
    const error = nodeError('ERR_MODULE_NOT_FOUND', file, displayParent(parentURL), true);
    (error as unknown as { url: string }).url = url.href;
    throw atSite(error, 'missing');
  }
  return realUrl(realpathSync(file), url);
}

function realUrl(real: string, url: URL): string {
  if (url.search === '' && url.hash === '') return pathToUrl(real);
  const out = new URL(pathToUrl(real));
  out.search = url.search;
  out.hash = url.hash;
  return out.href;
}

function splitPackage(specifier: string, parentURL: string): { name: string; subpath: string } {
  const slash = specifier.indexOf('/');
  let end = slash;
  let valid = true;
  if (specifier[0] === '@') {
    if (slash === -1 || slash === specifier.length - 1) valid = false;
    else end = specifier.indexOf('/', slash + 1);
  }
  const name = end === -1 ? specifier : specifier.slice(0, end);
  if (name.startsWith('.') || name.includes('\\') || name.includes('%')) valid = false;
  if (!valid) {
    throw nodeError('ERR_INVALID_MODULE_SPECIFIER', specifier, 'is not a valid package name', displayParent(parentURL));
  }
  return { name, subpath: `.${end === -1 ? '' : specifier.slice(end)}` };
}

function packageResolve(specifier: string, parentURL: string, conditions: Set<string>): string {
  const { name, subpath } = splitPackage(specifier, parentURL);
  const self = parentURL.startsWith('file:') ? packageScope(urlToPath(parentURL)) : null;
  if (self && self.name === name && self.exports !== undefined && self.exports !== null) {
    try {
      return packageExportsResolve(self, subpath, parentURL, conditions);
    } catch (error) {
      if (error instanceof NotExported) atSite(error, 'exportsSelf');
      throw error;
    }
  }
  let dir = parentURL.startsWith('file:') ? path.dirname(urlToPath(parentURL)) : '/';
  for (;;) {
    const pkgDir = dir.endsWith('/node_modules') ? null : path.join(dir, 'node_modules', name);
    if (pkgDir && statKind(pkgDir) === 2) {
      const config = readPackage(path.join(pkgDir, 'package.json'), specifier);
      if (config.exports !== undefined && config.exports !== null) {
        try {
          return packageExportsResolve(config, subpath, parentURL, conditions);
        } catch (error) {
          if (error instanceof NotExported) atSite(error, 'exports');
          throw error;
        }
      }
      if (subpath === '.') return legacyMain(config, pkgDir, parentURL);
      return pathToUrl(path.join(pkgDir, subpath));
    }
    const up = path.dirname(dir);
    if (up === dir) break;
    dir = up;
  }
  throw atSite(nodeError('ERR_MODULE_NOT_FOUND', name, displayParent(parentURL)), 'package');
}

function legacyMain(config: PackageConfig, pkgDir: string, parentURL: string): string {
  const candidates: string[] = [];
  if (typeof config.main === 'string') {
    const main = path.join(pkgDir, config.main);
    candidates.push(main, `${main}.js`, `${main}.json`, `${main}.node`, `${main}/index.js`, `${main}/index.json`, `${main}/index.node`);
  }
  candidates.push(`${pkgDir}/index.js`, `${pkgDir}/index.json`, `${pkgDir}/index.node`);
  for (const file of candidates) if (statKind(file) === 1) return pathToUrl(file);
  // Node's message names the file the "main" field (or index.js) points at.
  const initial = path.join(pkgDir, typeof config.main === 'string' ? config.main : 'index.js');
  throw atSite(nodeError('ERR_MODULE_NOT_FOUND', initial, displayParent(parentURL)), 'main');
}

function isConditions(value: unknown): boolean {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return false;
  const keys = Object.keys(value);
  return keys.length === 0 || !keys[0].startsWith('.');
}

function pkgDirOf(config: PackageConfig): string {
  return `${path.dirname(config.pjsonPath)}/`;
}

/**
 * Resolves `subpath` ('.' or './x') through the package's "exports" to a URL. `parentURL` is ''
 * when the error messages name no importer, as for require() of another package.
 */
export function packageExportsResolve(config: PackageConfig, subpath: string, parentURL: string, conditions: Set<string>): string {
  let exports = config.exports;
  if (typeof exports === 'string' || Array.isArray(exports) || isConditions(exports)) exports = { '.': exports };
  const resolved = mapResolve(config, exports as Record<string, unknown>, subpath, parentURL, conditions, false);
  // Built here, not through a helper: every runtime frame counts against Error.stackTraceLimit,
  // and require()'s uncaught trace must still reach the program's frames.
  if (resolved === null) throw new NotExported(pkgDirOf(config), subpath, displayParent(parentURL));
  return resolved;
}

/** Resolves a `#name` specifier through the "imports" of the package scope of `parentURL`. */
export function packageImportsResolve(specifier: string, parentURL: string, conditions: Set<string>): string {
  if (specifier === '#' || specifier.startsWith('#/') || specifier.endsWith('/')) {
    throw nodeError('ERR_INVALID_MODULE_SPECIFIER', specifier, 'is not a valid internal imports specifier name', displayParent(parentURL));
  }
  const config = parentURL.startsWith('file:') ? packageScope(urlToPath(parentURL)) : null;
  if (config && config.imports !== null && typeof config.imports === 'object') {
    const resolved = mapResolve(config, config.imports as Record<string, unknown>, specifier, parentURL, conditions, true);
    if (resolved !== null) return resolved;
  }
  throw atSite(nodeError('ERR_PACKAGE_IMPORT_NOT_DEFINED', specifier, config ? pkgDirOf(config) : undefined, displayParent(parentURL)), 'imports');
}

/** Matches a key of an exports/imports map, exact first, then the most specific pattern. */
function mapResolve(config: PackageConfig, map: Record<string, unknown>, key: string, parentURL: string, conditions: Set<string>, isImports: boolean): string | null {
  if (Object.prototype.hasOwnProperty.call(map, key) && !key.includes('*')) {
    return targetResolve(config, map[key], undefined, key, parentURL, conditions, isImports);
  }
  let bestKey = '';
  let bestMatch = '';
  for (const candidate of Object.keys(map)) {
    const star = candidate.indexOf('*');
    if (star === -1 || candidate.indexOf('*', star + 1) !== -1) continue;
    const prefix = candidate.slice(0, star);
    const suffix = candidate.slice(star + 1);
    if (key.startsWith(prefix) && key !== prefix && key.length >= candidate.length && key.endsWith(suffix)) {
      if (bestKey === '' || compareKeys(bestKey, candidate) === 1) {
        bestKey = candidate;
        bestMatch = key.slice(prefix.length, key.length - suffix.length);
      }
    }
  }
  if (bestKey === '') return null;
  return targetResolve(config, map[bestKey], bestMatch, key, parentURL, conditions, isImports);
}

function compareKeys(a: string, b: string): number {
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

function targetResolve(config: PackageConfig, target: unknown, pattern: string | undefined, key: string, parentURL: string, conditions: Set<string>, isImports: boolean): string | null {
  if (typeof target === 'string') {
    if (!target.startsWith('./')) {
      if (isImports && !target.startsWith('../') && !target.startsWith('/') && !parseUrl(target)) {
        const request = pattern === undefined ? target : target.replaceAll('*', pattern);
        return packageResolve(request, pathToUrl(config.pjsonPath), conditions);
      }
      throw nodeError('ERR_INVALID_PACKAGE_TARGET', pkgDirOf(config), key, target, isImports, displayParent(parentURL));
    }
    const resolvedTarget = pattern === undefined ? target : target.replaceAll('*', pattern);
    return new URL(resolvedTarget, pathToUrl(config.pjsonPath)).href;
  }
  if (Array.isArray(target)) {
    let lastError: unknown;
    for (const item of target) {
      try {
        const r = targetResolve(config, item, pattern, key, parentURL, conditions, isImports);
        if (r !== null) return r;
      } catch (error) {
        lastError = error;
        if ((error as { code?: string }).code !== 'ERR_INVALID_PACKAGE_TARGET') throw error;
      }
    }
    if (lastError) throw lastError;
    return null;
  }
  if (target !== null && typeof target === 'object') {
    for (const condition of Object.keys(target)) {
      if (condition === 'default' || conditions.has(condition)) {
        const r = targetResolve(config, (target as Record<string, unknown>)[condition], pattern, key, parentURL, conditions, isImports);
        if (r !== null) return r;
      }
    }
    return null;
  }
  return null;
}
