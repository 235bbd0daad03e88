// node layer: the `path` module — Node 20's posix and win32 path arithmetic on strings, quirks
// included; the only outside state it reads is the cwd/env host that the runtime installs at boot.
import { validateObject, validateString } from './internal/validators.js';

/** Where `resolve` finds the working directory and (win32) the per-drive `=X:` variables. */
export interface PathHost {
  cwd(): string;
  env(): Record<string, string | undefined>;
}

export interface ParsedPath {
  root: string;
  dir: string;
  base: string;
  ext: string;
  name: string;
}

export interface FormatInputPathObject {
  root?: string | undefined;
  dir?: string | undefined;
  base?: string | undefined;
  ext?: string | undefined;
  name?: string | undefined;
}

export interface PlatformPath {
  resolve(...paths: string[]): string;
  normalize(path: string): string;
  isAbsolute(path: string): boolean;
  join(...paths: string[]): string;
  relative(from: string, to: string): string;
  toNamespacedPath(path: string): string;
  dirname(path: string): string;
  basename(path: string, suffix?: string): string;
  extname(path: string): string;
  format(pathObject: FormatInputPathObject): string;
  parse(path: string): ParsedPath;
  readonly sep: '/' | '\\';
  readonly delimiter: ':' | ';';
  posix: PlatformPath;
  win32: PlatformPath;
  _makeLong(path: string): string;
}

let host: PathHost = { cwd: () => '/', env: () => ({}) };

/** Installed by the runtime at boot; until then the cwd is '/' and the environment is empty. */
export function configurePathHost(next: PathHost): void {
  host = next;
}

const SLASH = 47;
const BACKSLASH = 92;
const DOT = 46;
const COLON = 58;
const QUESTION = 63;

function isSep(code: number): boolean {
  return code === SLASH || code === BACKSLASH;
}

function isDriveLetter(code: number): boolean {
  return (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
}

function hasDrivePrefix(path: string): boolean {
  return path.length >= 2 && path.charCodeAt(1) === COLON && isDriveLetter(path.charCodeAt(0));
}

/**
 * Resolves '.' and '..' segments of path[from..] into a separator-joined string with no empty
 * segments. '..' removes the previous real segment; with nothing to remove it is kept only when
 * the path may climb above its root.
 */
function collapse(path: string, from: number, allowAboveRoot: boolean, win: boolean): string {
  const sep = win ? '\\' : '/';
  const len = path.length;
  let out = '';
  let segments = 0;
  let ups = 0;
  let segStart = from;
  for (let i = from; i <= len; i++) {
    if (i < len) {
      const code = path.charCodeAt(i);
      if (code !== SLASH && !(win && code === BACKSLASH)) continue;
    }
    const n = i - segStart;
    if (n === 2 && path.charCodeAt(segStart) === DOT && path.charCodeAt(segStart + 1) === DOT) {
      if (segments > ups) {
        const cut = out.lastIndexOf(sep);
        out = cut === -1 ? '' : out.slice(0, cut);
        segments--;
      } else if (allowAboveRoot) {
        out = segments === 0 ? '..' : `${out}${sep}..`;
        segments++;
        ups++;
      }
    } else if (n > 1 || (n === 1 && path.charCodeAt(segStart) !== DOT)) {
      // a name to keep; empty and '.' segments are dropped
      const segment = path.slice(segStart, i);
      out = segments === 0 ? segment : `${out}${sep}${segment}`;
      segments++;
    }
    segStart = i + 1;
  }
  return out;
}

// Results of scanLastPart, kept in module scope so extname and parse allocate nothing for them.
let scanEnd = -1;
let scanDot = -1;
let scanPartStart = 0;
let scanBeforeDot = 0;

/**
 * Finds the last path component at or after `lo`, ignoring trailing separators: its end, the
 * start of the part (just after the separator before it, else `partStart`), its last dot, and
 * what precedes that dot at the part's first scanned character (0 none, 1 a dot, -1 other).
 */
function scanLastPart(path: string, lo: number, partStart: number, win: boolean): void {
  let end = -1;
  let dot = -1;
  let beforeDot = 0;
  for (let i = path.length - 1; i >= lo; i--) {
    const code = path.charCodeAt(i);
    if (code === SLASH || (win && code === BACKSLASH)) {
      if (end !== -1) {
        partStart = i + 1;
        break;
      }
      continue;
    }
    if (end === -1) end = i + 1;
    if (code === DOT) {
      if (dot === -1) dot = i;
      else beforeDot = 1;
    } else if (dot !== -1) {
      beforeDot = -1;
    }
  }
  scanEnd = end;
  scanDot = dot;
  scanPartStart = partStart;
  scanBeforeDot = beforeDot;
}

/** After scanLastPart: true when the part has no extension ('.x' and '..' have none). */
function scannedPartHasNoExt(): boolean {
  return scanDot === -1 || scanBeforeDot === 0 ||
    (scanBeforeDot === 1 && scanDot === scanEnd - 1 && scanDot === scanPartStart + 1);
}

function basenameOf(path: string, suffix: string | undefined, win: boolean): string {
  let start = win && hasDrivePrefix(path) ? 2 : 0;
  const len = path.length;
  if (suffix !== undefined && suffix.length > 0 && suffix.length <= len) {
    if (suffix === path) return '';
    // Match the suffix backwards against the last component; `end` becomes where the match
    // began, or the component's end as soon as a character differs.
    let suffixIdx = suffix.length - 1;
    let partEnd = -1;
    let end = -1;
    for (let i = len - 1; i >= start; i--) {
      const code = path.charCodeAt(i);
      if (code === SLASH || (win && code === BACKSLASH)) {
        if (partEnd !== -1) {
          start = i + 1;
          break;
        }
        continue;
      }
      if (partEnd === -1) partEnd = i + 1;
      if (suffixIdx >= 0) {
        if (code === suffix.charCodeAt(suffixIdx)) {
          if (--suffixIdx === -1) end = i;
        } else {
          suffixIdx = -1;
          end = partEnd;
        }
      }
    }
    // A suffix that is the whole component is not removed; an unfinished match keeps
    // everything up to the string's end, trailing separators included (as Node does).
    if (start === end) end = partEnd;
    else if (end === -1) end = len;
    return path.slice(start, end);
  }
  let end = -1;
  for (let i = len - 1; i >= start; i--) {
    const code = path.charCodeAt(i);
    if (code === SLASH || (win && code === BACKSLASH)) {
      if (end !== -1) {
        start = i + 1;
        break;
      }
    } else if (end === -1) {
      end = i + 1;
    }
  }
  return end === -1 ? '' : path.slice(start, end);
}

function extnameOf(path: string, win: boolean): string {
  const lo = win && hasDrivePrefix(path) ? 2 : 0;
  scanLastPart(path, lo, lo, win);
  if (scanEnd === -1 || scannedPartHasNoExt()) return '';
  return path.slice(scanDot, scanEnd);
}

function formatExt(ext: unknown): string {
  return ext ? `${(ext as { 0?: unknown })[0] === '.' ? '' : '.'}${ext}` : '';
}

function formatWith(sep: string, pathObject: unknown): string {
  validateObject(pathObject, 'pathObject');
  const dir = pathObject.dir || pathObject.root;
  const base = pathObject.base || `${pathObject.name || ''}${formatExt(pathObject.ext)}`;
  if (!dir) return base as string;
  return dir === pathObject.root ? `${dir}${base}` : `${dir}${sep}${base}`;
}

// ---- posix ----

function posixResolve(...args: string[]): string {
  let resolved = '';
  let absolute = false;
  for (let i = args.length - 1; i >= -1 && !absolute; i--) {
    const path = i >= 0 ? args[i] : host.cwd();
    if (typeof path !== 'string') validateString(path, `paths[${i}]`);
    if (path.length === 0) continue;
    resolved = resolved.length === 0 ? path : `${path}/${resolved}`;
    absolute = path.charCodeAt(0) === SLASH;
  }
  const tail = collapse(resolved, 0, !absolute, false);
  if (absolute) return `/${tail}`;
  return tail.length > 0 ? tail : '.';
}

function posixNormalize(path: string): string {
  validateString(path, 'path');
  if (path.length === 0) return '.';
  const absolute = path.charCodeAt(0) === SLASH;
  const trailing = path.charCodeAt(path.length - 1) === SLASH;
  let out = collapse(path, 0, !absolute, false);
  if (out.length === 0) {
    if (absolute) return '/';
    return trailing ? './' : '.';
  }
  if (trailing) out += '/';
  return absolute ? `/${out}` : out;
}

function posixIsAbsolute(path: string): boolean {
  validateString(path, 'path');
  return path.length > 0 && path.charCodeAt(0) === SLASH;
}

function posixJoin(...args: string[]): string {
  if (args.length === 0) return '.';
  let joined: string | undefined;
  for (let i = 0; i < args.length; i++) {
    const arg = args[i];
    validateString(arg, 'path');
    if (arg.length > 0) joined = joined === undefined ? arg : `${joined}/${arg}`;
  }
  return joined === undefined ? '.' : posixNormalize(joined);
}

function posixRelative(from: string, to: string): string {
  validateString(from, 'from');
  validateString(to, 'to');
  if (from === to) return '';
  from = posixResolve(from);
  to = posixResolve(to);
  if (from === to) return '';
  // Both are now absolute and normalized: compare what follows the leading '/'.
  const fromLen = from.length - 1;
  const toLen = to.length - 1;
  const common = fromLen < toLen ? fromLen : toLen;
  let lastSep = -1;
  let i = 0;
  for (; i < common; i++) {
    const code = from.charCodeAt(1 + i);
    if (code !== to.charCodeAt(1 + i)) break;
    if (code === SLASH) lastSep = i;
  }
  if (i === common) {
    if (toLen > common) {
      if (to.charCodeAt(1 + i) === SLASH) return to.slice(i + 2);
      if (i === 0) return to.slice(1);
    } else if (fromLen > common) {
      if (from.charCodeAt(1 + i) === SLASH) lastSep = i;
      else if (i === 0) lastSep = 0;
    }
  }
  let out = '';
  for (let j = lastSep + 2; j <= from.length; j++) {
    if (j === from.length || from.charCodeAt(j) === SLASH) out += out.length === 0 ? '..' : '/..';
  }
  return `${out}${to.slice(1 + lastSep)}`;
}

function posixToNamespacedPath(path: string): string {
  return path;
}

function posixDirname(path: string): string {
  validateString(path, 'path');
  const len = path.length;
  if (len === 0) return '.';
  const rooted = path.charCodeAt(0) === SLASH;
  let end = -1;
  let sawName = false;
  for (let i = len - 1; i >= 1; i--) {
    if (path.charCodeAt(i) === SLASH) {
      if (sawName) {
        end = i;
        break;
      }
    } else {
      sawName = true;
    }
  }
  if (end === -1) return rooted ? '/' : '.';
  if (rooted && end === 1) return '//';
  return path.slice(0, end);
}

function posixBasename(path: string, suffix?: string): string {
  if (suffix !== undefined) validateString(suffix, 'suffix');
  validateString(path, 'path');
  return basenameOf(path, suffix, false);
}

function posixExtname(path: string): string {
  validateString(path, 'path');
  return extnameOf(path, false);
}

function posixFormat(pathObject: FormatInputPathObject): string {
  return formatWith('/', pathObject);
}

function posixParse(path: string): ParsedPath {
  validateString(path, 'path');
  const ret: ParsedPath = { root: '', dir: '', base: '', ext: '', name: '' };
  if (path.length === 0) return ret;
  const absolute = path.charCodeAt(0) === SLASH;
  if (absolute) ret.root = '/';
  scanLastPart(path, absolute ? 1 : 0, 0, false);
  const end = scanEnd;
  const partStart = scanPartStart;
  if (end !== -1) {
    const start = partStart === 0 && absolute ? 1 : partStart;
    if (scannedPartHasNoExt()) {
      ret.base = ret.name = path.slice(start, end);
    } else {
      ret.name = path.slice(start, scanDot);
      ret.base = path.slice(start, end);
      ret.ext = path.slice(scanDot, end);
    }
  }
  if (partStart > 0) ret.dir = path.slice(0, partStart - 1);
  else if (absolute) ret.dir = '/';
  return ret;
}

// ---- win32 ----

// Results of scanUnc, in module scope so the root parsers allocate nothing for them.
let uncServerEnd = 0;
let uncShareStart = 0;

/**
 * For a path starting with two separators, finds `\\server\share`: returns the index just past
 * the share name, or -1 when the server or share is missing. Also records where the server name
 * ends and where the share name starts.
 */
function scanUnc(path: string): number {
  const len = path.length;
  let j = 2;
  while (j < len && !isSep(path.charCodeAt(j))) j++;
  if (j >= len || j === 2) return -1;
  uncServerEnd = j;
  while (j < len && isSep(path.charCodeAt(j))) j++;
  if (j >= len) return -1;
  uncShareStart = j;
  while (j < len && !isSep(path.charCodeAt(j))) j++;
  return j;
}

/** `\\?\...` and `\\.\...`: the device namespace prefix, which Node keeps apart from UNC roots. */
function isDeviceNamespace(path: string): boolean {
  if (uncServerEnd !== 3) return false;
  const code = path.charCodeAt(2);
  return code === QUESTION || code === DOT;
}

// Root facts from parseWin32Root, shared by resolve and normalize.
let rootDevice = '';
let rootEnd = 0;
let rootAbsolute = false;

/** Splits off a win32 root (drive, UNC share or device namespace) for resolve and normalize. */
function parseWin32Root(path: string): void {
  rootDevice = '';
  rootEnd = 0;
  rootAbsolute = false;
  const len = path.length;
  const code = path.charCodeAt(0);
  if (len === 1) {
    if (isSep(code)) {
      rootEnd = 1;
      rootAbsolute = true;
    }
  } else if (isSep(code)) {
    rootAbsolute = true;
    rootEnd = 1;
    if (isSep(path.charCodeAt(1))) {
      const shareEnd = scanUnc(path);
      if (shareEnd !== -1) {
        if (isDeviceNamespace(path)) {
          rootDevice = `\\\\${path[2]}`;
          rootEnd = uncShareStart;
        } else {
          rootDevice = `\\\\${path.slice(2, uncServerEnd)}\\${path.slice(uncShareStart, shareEnd)}`;
          rootEnd = shareEnd;
        }
      }
    }
  } else if (path.charCodeAt(1) === COLON && isDriveLetter(code)) {
    rootDevice = path.slice(0, 2);
    rootEnd = 2;
    if (len > 2 && isSep(path.charCodeAt(2))) {
      rootAbsolute = true;
      rootEnd = 3;
    }
  }
}

function win32Resolve(...args: string[]): string {
  let resolvedDevice = '';
  let resolvedTail = '';
  let resolvedAbsolute = false;
  for (let i = args.length - 1; i >= -1; i--) {
    let path: string;
    if (i >= 0) {
      path = args[i];
      if (typeof path !== 'string') validateString(path, `paths[${i}]`);
      if (path.length === 0) continue;
    } else if (resolvedDevice.length === 0) {
      path = host.cwd();
    } else {
      // Windows keeps one cwd per drive in the `=X:` variables; fall back to the process cwd,
      // and to the drive's root when that cwd is on another drive.
      const fromEnv = host.env()[`=${resolvedDevice}`] || host.cwd();
      path = fromEnv;
      if (fromEnv === undefined || (fromEnv.slice(0, 2).toLowerCase() !== resolvedDevice.toLowerCase() &&
          fromEnv.charCodeAt(2) === BACKSLASH)) {
        path = `${resolvedDevice}\\`;
      }
    }
    parseWin32Root(path);
    const device = rootDevice;
    if (device.length > 0) {
      if (resolvedDevice.length > 0) {
        // A path on another device does not take part.
        if (device.toLowerCase() !== resolvedDevice.toLowerCase()) continue;
      } else {
        resolvedDevice = device;
      }
    }
    if (resolvedAbsolute) {
      if (resolvedDevice.length > 0) break;
    } else {
      resolvedTail = `${path.slice(rootEnd)}\\${resolvedTail}`;
      resolvedAbsolute = rootAbsolute;
      if (rootAbsolute && resolvedDevice.length > 0) break;
    }
  }
  resolvedTail = collapse(resolvedTail, 0, !resolvedAbsolute, true);
  if (resolvedAbsolute) return `${resolvedDevice}\\${resolvedTail}`;
  const out = `${resolvedDevice}${resolvedTail}`;
  return out.length > 0 ? out : '.';
}

/** CON, PRN, AUX, NUL, COM1-9 and LPT1-9 (with ¹²³ as digits too), in any case. */
function isReservedDeviceName(path: string, length: number): boolean {
  if (length !== 3 && length !== 4) return false;
  const a = path.charCodeAt(0) | 0x20;
  const b = path.charCodeAt(1) | 0x20;
  const c = path.charCodeAt(2) | 0x20;
  if (length === 3) {
    return (a === 99 && b === 111 && c === 110) || // con
      (a === 112 && b === 114 && c === 110) || // prn
      (a === 97 && b === 117 && c === 120) || // aux
      (a === 110 && b === 117 && c === 108); // nul
  }
  const isCom = a === 99 && b === 111 && c === 109;
  const isLpt = a === 108 && b === 112 && c === 116;
  if (!isCom && !isLpt) return false;
  const d = path.charCodeAt(3);
  return (d >= 49 && d <= 57) || d === 0xb9 || d === 0xb2 || d === 0xb3;
}

/**
 * Node 20 keeps a relative result from reading as a drive or device path: it prefixes '.\'
 * when the tail starts with a drive letter or the input has a ':' that ends a component.
 */
function needsDotPrefix(path: string, tail: string): boolean {
  if (tail.length >= 2 && tail.charCodeAt(1) === COLON && isDriveLetter(tail.charCodeAt(0))) return true;
  const len = path.length;
  for (let i = path.indexOf(':'); i !== -1; i = path.indexOf(':', i + 1)) {
    if (i === len - 1 || isSep(path.charCodeAt(i + 1))) return true;
  }
  return false;
}

function win32Normalize(path: string): string {
  validateString(path, 'path');
  const len = path.length;
  if (len === 0) return '.';
  if (len === 1) return path.charCodeAt(0) === SLASH ? '\\' : path;
  let device: string | undefined;
  let end = 0;
  let absolute = false;
  const code = path.charCodeAt(0);
  if (isSep(code)) {
    absolute = true;
    end = 1;
    if (isSep(path.charCodeAt(1))) {
      const shareEnd = scanUnc(path);
      if (shareEnd !== -1) {
        if (isDeviceNamespace(path)) {
          device = `\\\\${path[2]}`;
          end = uncShareStart;
        } else if (shareEnd === len) {
          // A bare UNC root gets its trailing separator.
          return `\\\\${path.slice(2, uncServerEnd)}\\${path.slice(uncShareStart)}\\`;
        } else {
          device = `\\\\${path.slice(2, uncServerEnd)}\\${path.slice(uncShareStart, shareEnd)}`;
          end = shareEnd;
        }
      }
    }
  } else if (path.charCodeAt(1) === COLON && isDriveLetter(code)) {
    device = path.slice(0, 2);
    end = 2;
    if (len > 2 && isSep(path.charCodeAt(2))) {
      absolute = true;
      end = 3;
    }
  } else {
    // Node measures the name up to the first ':', or, with no ':', up to the last character;
    // either way a match makes the result start with '.\'.
    const colon = path.indexOf(':');
    if (isReservedDeviceName(path, colon === -1 ? len - 1 : colon)) {
      device = `.\\${path.slice(0, colon + 1)}`;
      end = colon + 1;
    }
  }
  let tail = end < len ? collapse(path, end, !absolute, true) : '';
  if (tail.length === 0 && !absolute) tail = '.';
  if (tail.length > 0 && isSep(path.charCodeAt(len - 1))) tail += '\\';
  if (device === undefined) {
    if (absolute) return `\\${tail}`;
    return needsDotPrefix(path, tail) ? `.\\${tail}` : tail;
  }
  return absolute ? `${device}\\${tail}` : `${device}${tail}`;
}

function win32IsAbsolute(path: string): boolean {
  validateString(path, 'path');
  const len = path.length;
  if (len === 0) return false;
  const code = path.charCodeAt(0);
  return isSep(code) || (len > 2 && path.charCodeAt(1) === COLON && isDriveLetter(code) && isSep(path.charCodeAt(2)));
}

function win32Join(...args: string[]): string {
  if (args.length === 0) return '.';
  let joined: string | undefined;
  let first = '';
  for (let i = 0; i < args.length; i++) {
    const arg = args[i];
    validateString(arg, 'path');
    if (arg.length > 0) {
      if (joined === undefined) joined = first = arg;
      else joined = `${joined}\\${arg}`;
    }
  }
  if (joined === undefined) return '.';
  // Only a first part that starts with exactly two separators and a name means a UNC root;
  // any other run of leading separators shrinks to one so normalize does not see a UNC path.
  const uncIntended = first.length > 2 && isSep(first.charCodeAt(0)) && isSep(first.charCodeAt(1)) &&
    !isSep(first.charCodeAt(2));
  if (!uncIntended) {
    let n = 0;
    while (n < joined.length && isSep(joined.charCodeAt(n))) n++;
    if (n >= 2) joined = `\\${joined.slice(n)}`;
  }
  return win32Normalize(joined);
}

function win32Relative(from: string, to: string): string {
  validateString(from, 'from');
  validateString(to, 'to');
  if (from === to) return '';
  const fromOrig = win32Resolve(from);
  const toOrig = win32Resolve(to);
  if (fromOrig === toOrig) return '';
  from = fromOrig.toLowerCase();
  to = toOrig.toLowerCase();
  if (from === to) return '';

  let fromStart = 0;
  while (fromStart < from.length && from.charCodeAt(fromStart) === BACKSLASH) fromStart++;
  let fromEnd = from.length;
  while (fromEnd - 1 > fromStart && from.charCodeAt(fromEnd - 1) === BACKSLASH) fromEnd--;
  const fromLen = fromEnd - fromStart;

  let toStart = 0;
  while (toStart < to.length && to.charCodeAt(toStart) === BACKSLASH) toStart++;
  let toEnd = to.length;
  while (toEnd - 1 > toStart && to.charCodeAt(toEnd - 1) === BACKSLASH) toEnd--;
  const toLen = toEnd - toStart;

  const common = fromLen < toLen ? fromLen : toLen;
  let lastSep = -1;
  let i = 0;
  for (; i < common; i++) {
    const code = from.charCodeAt(fromStart + i);
    if (code !== to.charCodeAt(toStart + i)) break;
    if (code === BACKSLASH) lastSep = i;
  }
  if (i !== common) {
    // Nothing in common, not even the drive: the target can only be named absolutely.
    if (lastSep === -1) return toOrig;
  } else {
    if (toLen > common) {
      if (to.charCodeAt(toStart + i) === BACKSLASH) return toOrig.slice(toStart + i + 1);
      if (i === 2) return toOrig.slice(toStart + i);
    }
    if (fromLen > common) {
      if (from.charCodeAt(fromStart + i) === BACKSLASH) lastSep = i;
      else if (i === 2) lastSep = 3;
    }
    if (lastSep === -1) lastSep = 0;
  }
  let out = '';
  for (let j = fromStart + lastSep + 1; j <= fromEnd; j++) {
    if (j === fromEnd || from.charCodeAt(j) === BACKSLASH) out += out.length === 0 ? '..' : '\\..';
  }
  toStart += lastSep;
  if (out.length > 0) return `${out}${toOrig.slice(toStart, toEnd)}`;
  if (toOrig.charCodeAt(toStart) === BACKSLASH) toStart++;
  return toOrig.slice(toStart, toEnd);
}

function win32ToNamespacedPath(path: string): string {
  if (typeof path !== 'string' || path.length === 0) return path;
  const resolved = win32Resolve(path);
  if (resolved.length <= 2) return path;
  if (resolved.charCodeAt(0) === BACKSLASH) {
    if (resolved.charCodeAt(1) === BACKSLASH) {
      const code = resolved.charCodeAt(2);
      if (code !== QUESTION && code !== DOT) return `\\\\?\\UNC\\${resolved.slice(2)}`;
    }
  } else if (resolved.charCodeAt(1) === COLON && isDriveLetter(resolved.charCodeAt(0)) &&
      resolved.charCodeAt(2) === BACKSLASH) {
    return `\\\\?\\${resolved}`;
  }
  return resolved;
}

function win32Dirname(path: string): string {
  validateString(path, 'path');
  const len = path.length;
  if (len === 0) return '.';
  const code = path.charCodeAt(0);
  if (len === 1) return isSep(code) ? path : '.';
  let root = -1;
  if (isSep(code)) {
    root = 1;
    if (isSep(path.charCodeAt(1))) {
      const shareEnd = scanUnc(path);
      if (shareEnd === len) return path;
      if (shareEnd !== -1) root = shareEnd + 1;
    }
  } else if (path.charCodeAt(1) === COLON && isDriveLetter(code)) {
    root = len > 2 && isSep(path.charCodeAt(2)) ? 3 : 2;
  }
  const lo = root === -1 ? 0 : root;
  let end = -1;
  let sawName = false;
  for (let i = len - 1; i >= lo; i--) {
    if (isSep(path.charCodeAt(i))) {
      if (sawName) {
        end = i;
        break;
      }
    } else {
      sawName = true;
    }
  }
  if (end === -1) {
    if (root === -1) return '.';
    end = root;
  }
  return path.slice(0, end);
}

function win32Basename(path: string, suffix?: string): string {
  if (suffix !== undefined) validateString(suffix, 'suffix');
  validateString(path, 'path');
  return basenameOf(path, suffix, true);
}

function win32Extname(path: string): string {
  validateString(path, 'path');
  return extnameOf(path, true);
}

function win32Format(pathObject: FormatInputPathObject): string {
  return formatWith('\\', pathObject);
}

function win32Parse(path: string): ParsedPath {
  validateString(path, 'path');
  const ret: ParsedPath = { root: '', dir: '', base: '', ext: '', name: '' };
  const len = path.length;
  if (len === 0) return ret;
  const code = path.charCodeAt(0);
  if (len === 1) {
    if (isSep(code)) ret.root = ret.dir = path;
    else ret.base = ret.name = path;
    return ret;
  }
  let root = 0;
  if (isSep(code)) {
    root = 1;
    if (isSep(path.charCodeAt(1))) {
      const shareEnd = scanUnc(path);
      if (shareEnd !== -1) root = shareEnd === len ? len : shareEnd + 1;
    }
  } else if (path.charCodeAt(1) === COLON && isDriveLetter(code)) {
    if (len === 2 || (len === 3 && isSep(path.charCodeAt(2)))) {
      ret.root = ret.dir = path;
      return ret;
    }
    root = isSep(path.charCodeAt(2)) ? 3 : 2;
  }
  if (root > 0) ret.root = path.slice(0, root);
  scanLastPart(path, root, root, true);
  const end = scanEnd;
  const partStart = scanPartStart;
  if (end !== -1) {
    if (scannedPartHasNoExt()) {
      ret.base = ret.name = path.slice(partStart, end);
    } else {
      ret.name = path.slice(partStart, scanDot);
      ret.base = path.slice(partStart, end);
      ret.ext = path.slice(scanDot, end);
    }
  }
  ret.dir = partStart > 0 && partStart !== root ? path.slice(0, partStart - 1) : ret.root;
  return ret;
}

export const win32: PlatformPath = {
  resolve: win32Resolve,
  normalize: win32Normalize,
  isAbsolute: win32IsAbsolute,
  join: win32Join,
  relative: win32Relative,
  toNamespacedPath: win32ToNamespacedPath,
  dirname: win32Dirname,
  basename: win32Basename,
  extname: win32Extname,
  format: win32Format,
  parse: win32Parse,
  sep: '\\',
  delimiter: ';',
  win32: null as unknown as PlatformPath,
  posix: null as unknown as PlatformPath,
  _makeLong: win32ToNamespacedPath,
};

export const posix: PlatformPath = {
  resolve: posixResolve,
  normalize: posixNormalize,
  isAbsolute: posixIsAbsolute,
  join: posixJoin,
  relative: posixRelative,
  toNamespacedPath: posixToNamespacedPath,
  dirname: posixDirname,
  basename: posixBasename,
  extname: posixExtname,
  format: posixFormat,
  parse: posixParse,
  sep: '/',
  delimiter: ':',
  win32,
  posix: null as unknown as PlatformPath,
  _makeLong: posixToNamespacedPath,
};

posix.posix = posix;
win32.posix = posix;
win32.win32 = win32;

export const {
  resolve, normalize, isAbsolute, join, relative, toNamespacedPath, dirname, basename, extname,
  format, parse, sep, delimiter, _makeLong,
} = posix;

export default posix;
