// node layer: the `url` module — Node's legacy `Url` parser, formatter and resolver, and the
// WHATWG classes and helpers from internal/url.
import { nodeError } from './internal/errors.js';
import { validateObject, validateString } from './internal/validators.js';
import {
  URL, URLSearchParams, domainToASCII, domainToUnicode, fileURLToPath, isURL, pathToFileURL, urlToHttpOptions,
} from './internal/url.js';
import querystring, { percentEncode } from './querystring.js';
import { getProcess } from './process.js';

const protocolPattern = /^[a-z0-9.+-]+:/i;
const portPattern = /:[0-9]*$/;
const hostPattern = /^\/\/[^@/]+@[^@/]+/;
const simplePathPattern = /^(\/\/?(?!\/)[^?\s]*)(\?[^\s]*)?$/;
const forbiddenHostChars = /[\0\t\n\r #%/:<>?@[\\\]^|]/;
const forbiddenHostCharsIpv6 = /[\0\t\n\r #%/<>?@\\^|]/;
const HOSTNAME_MAX = 255;

const hostless = new Set(['javascript', 'javascript:']);
const slashed = new Set(['http', 'http:', 'https', 'https:', 'ftp', 'ftp:', 'gopher', 'gopher:', 'file', 'file:', 'ws', 'ws:', 'wss', 'wss:']);

/** Characters url.parse escapes even where encodeURIComponent would not. */
const autoEscaped: Record<string, string> = {
  '\t': '%09', '\n': '%0A', '\r': '%0D', ' ': '%20', '"': '%22', "'": '%27', '<': '%3C', '>': '%3E',
  '\\': '%5C', '^': '%5E', '`': '%60', '{': '%7B', '|': '%7C', '}': '%7D',
};
const autoEscapePattern = /[\t\n\r "'<>\\^`{|}]/g;

/** ASCII an auth part keeps when formatted: letters, digits and ! - . _ ~ ' ( ) * :. */
const authKeep = new Uint8Array(128);
for (const ch of "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789!-._~'()*:") authKeep[ch.charCodeAt(0)] = 1;

let warnedInvalidPort = false;

const isIpv6Host = (host: string): boolean => host.startsWith('[') && host.endsWith(']');
const isWhitespace = (code: number): boolean => code < 33 || code === 0xa0 || code === 0xfeff;

function hostToASCII(hostname: string): string {
  // eslint-disable-next-line no-control-regex
  return /^[\x00-\x7f]*$/.test(hostname) ? hostname : domainToASCII(hostname);
}

type Query = string | Record<string, unknown> | null;

export class Url {
  protocol: string | null = null;
  slashes: boolean | null = null;
  auth: string | null = null;
  host: string | null = null;
  port: string | null = null;
  hostname: string | null = null;
  hash: string | null = null;
  search: string | null = null;
  query: Query = null;
  pathname: string | null = null;
  path: string | null = null;
  href: string | null = null;

  parse(url: unknown, parseQueryString?: boolean, slashesDenoteHost?: boolean): this {
    validateString(url, 'url');
    let rest = trimAndFlipSlashes(url);
    const beforeSplit = rest.search(/[?#]/);
    const head = beforeSplit === -1 ? rest : rest.slice(0, beforeSplit);
    const hasAt = head.includes('@');
    const hasHash = rest.includes('#');

    if (!slashesDenoteHost && !hasHash && !hasAt) {
      const simple = simplePathPattern.exec(rest);
      if (simple) {
        this.path = rest;
        this.href = rest;
        this.pathname = simple[1];
        if (simple[2]) {
          this.search = simple[2];
          this.query = parseQueryString ? querystring.parse(this.search.slice(1)) : this.search.slice(1);
        } else if (parseQueryString) {
          this.search = null;
          this.query = Object.create(null);
        }
        return this;
      }
    }

    const protoMatch = protocolPattern.exec(rest);
    const proto = protoMatch ? protoMatch[0] : undefined;
    const lowerProto = proto?.toLowerCase();
    if (proto !== undefined) {
      this.protocol = lowerProto!;
      rest = rest.slice(proto.length);
    }

    let slashes = false;
    if (slashesDenoteHost || proto !== undefined || hostPattern.test(rest)) {
      slashes = rest.startsWith('//');
      if (slashes && !(proto !== undefined && hostless.has(lowerProto!))) {
        rest = rest.slice(2);
        this.slashes = true;
      }
    }

    if (!hostless.has(lowerProto!) && (slashes || (proto !== undefined && !slashed.has(proto)))) {
      rest = this._parseAuthority(rest, url);
    }

    if (!hostless.has(lowerProto!)) rest = rest.replace(autoEscapePattern, (ch) => autoEscaped[ch]);

    const hashAt = rest.indexOf('#');
    if (hashAt !== -1) this.hash = rest.slice(hashAt);
    const queryAt = rest.indexOf('?');
    const hasQuery = queryAt !== -1 && (hashAt === -1 || queryAt < hashAt);
    if (hasQuery) {
      const end = hashAt === -1 ? rest.length : hashAt;
      this.search = rest.slice(queryAt, end);
      this.query = rest.slice(queryAt + 1, end);
      if (parseQueryString) this.query = querystring.parse(this.query);
    } else if (parseQueryString) {
      this.search = null;
      this.query = Object.create(null);
    }

    const pathEnd = hasQuery ? queryAt : hashAt;
    if (pathEnd === -1) {
      if (rest.length > 0) this.pathname = rest;
    } else if (pathEnd > 0) {
      this.pathname = rest.slice(0, pathEnd);
    }
    if (slashed.has(lowerProto!) && this.hostname && !this.pathname) this.pathname = '/';
    if (this.pathname || this.search) this.path = (this.pathname || '') + (this.search || '');
    this.href = this.format();
    return this;
  }

  /** Takes `auth@host:port` off the front of `rest`; answers what follows it. */
  private _parseAuthority(rest: string, url: string): string {
    // The host ends at the first / ? #; before the last @, anything is allowed in the auth part.
    let hostEnd = -1;
    let atSign = -1;
    let nonHost = -1;
    for (let i = 0; i < rest.length && hostEnd === -1; i++) {
      const ch = rest[i];
      if ('\t\n\r "%\';<>\\^`{|}'.includes(ch)) {
        if (nonHost === -1) nonHost = i;
      } else if (ch === '#' || ch === '/' || ch === '?') {
        if (nonHost === -1) nonHost = i;
        hostEnd = i;
      } else if (ch === '@') {
        atSign = i;
        nonHost = -1;
      }
    }
    let start = 0;
    if (atSign !== -1) {
      this.auth = decodeURIComponent(rest.slice(0, atSign));
      start = atSign + 1;
    }
    if (nonHost === -1) {
      this.host = rest.slice(start);
      rest = '';
    } else {
      this.host = rest.slice(start, nonHost);
      rest = rest.slice(nonHost);
    }
    this.parseHost();
    if (typeof this.hostname !== 'string') this.hostname = '';
    const ipv6 = isIpv6Host(this.hostname);
    if (!ipv6) rest = this._trimHostname(rest, url);
    this.hostname = this.hostname.length > HOSTNAME_MAX ? '' : this.hostname.toLowerCase();
    if (this.hostname !== '') {
      if (ipv6) {
        if (forbiddenHostCharsIpv6.test(this.hostname)) throw invalidUrl(url);
      } else {
        this.hostname = hostToASCII(this.hostname);
        if (this.hostname === '' || forbiddenHostChars.test(this.hostname)) throw invalidUrl(url);
      }
    }
    this.host = (this.hostname || '') + (this.port ? `:${this.port}` : '');
    if (ipv6) {
      this.hostname = this.hostname.slice(1, -1);
      if (rest[0] !== '/') rest = `/${rest}`;
    }
    return rest;
  }

  /** A hostname stops at / \ # ? or :; what follows becomes the start of the path. */
  private _trimHostname(rest: string, url: string): string {
    const hostname = this.hostname!;
    const cut = hostname.search(/[/\\#?:]/);
    if (cut === -1) return rest;
    if (hostname[cut] === ':' && !warnedInvalidPort) {
      warnedInvalidPort = true;
      getProcess().emitWarning(`The URL ${url} is invalid. Future versions of Node.js will throw an error.`, 'DeprecationWarning', 'DEP0170');
    }
    this.hostname = hostname.slice(0, cut);
    return `/${hostname.slice(cut)}${rest}`;
  }

  parseHost(): void {
    let host = this.host!;
    const port = portPattern.exec(host);
    if (port) {
      if (port[0] !== ':') this.port = port[0].slice(1);
      host = host.slice(0, host.length - port[0].length);
    }
    if (host) this.hostname = host;
  }

  format(): string {
    let auth = this.auth || '';
    if (auth) auth = `${percentEncode(auth, authKeep)}@`;
    let protocol = this.protocol || '';
    let pathname = this.pathname || '';
    let hash = this.hash || '';
    let host = '';
    if (this.host) {
      host = auth + this.host;
    } else if (this.hostname) {
      const bracket = this.hostname.includes(':') && !isIpv6Host(this.hostname);
      host = auth + (bracket ? `[${this.hostname}]` : this.hostname);
      if (this.port) host += `:${this.port}`;
    }
    const query = this.query !== null && typeof this.query === 'object' ? querystring.stringify(this.query) : '';
    let search = this.search || (query && `?${query}`) || '';
    if (protocol && !protocol.endsWith(':')) protocol += ':';
    pathname = pathname.replace(/[#?]/g, (ch) => (ch === '#' ? '%23' : '%3F'));
    if (this.slashes || slashed.has(protocol)) {
      if (this.slashes || host) {
        if (pathname && pathname[0] !== '/') pathname = `/${pathname}`;
        host = `//${host}`;
      } else if (protocol.startsWith('file')) {
        host = '//';
      }
    }
    search = search.replace(/#/g, '%23');
    if (hash && hash[0] !== '#') hash = `#${hash}`;
    if (search && search[0] !== '?') search = `?${search}`;
    return protocol + host + pathname + search + hash;
  }

  resolve(relative: string): string {
    return this.resolveObject(urlParse(relative, false, true)).format();
  }

  resolveObject(relative: unknown): Url {
    let rel: Url;
    if (typeof relative === 'string') {
      rel = new Url();
      rel.parse(relative, false, true);
    } else {
      rel = relative as Url;
    }
    const result = new Url();
    const self = this as unknown as Record<string, unknown>;
    for (const key of Object.keys(this)) (result as unknown as Record<string, unknown>)[key] = self[key];
    result.hash = rel.hash;
    if (rel.href === '') {
      result.href = result.format();
      return result;
    }

    // A protocol-relative reference keeps only our protocol.
    if (rel.slashes && !rel.protocol) {
      for (const key of Object.keys(rel)) {
        if (key !== 'protocol') (result as unknown as Record<string, unknown>)[key] = (rel as unknown as Record<string, unknown>)[key];
      }
      if (slashed.has(result.protocol!) && result.hostname && !result.pathname) {
        result.path = result.pathname = '/';
      }
      result.href = result.format();
      return result;
    }

    if (rel.protocol && rel.protocol !== result.protocol) {
      // Another scheme: the reference stands alone unless the scheme takes no host.
      if (!slashed.has(rel.protocol)) {
        for (const key of Object.keys(rel)) (result as unknown as Record<string, unknown>)[key] = (rel as unknown as Record<string, unknown>)[key];
        result.href = result.format();
        return result;
      }
      result.protocol = rel.protocol;
      if (!rel.host && !/^file:?$/.test(rel.protocol) && !hostless.has(rel.protocol)) {
        const relPath = (rel.pathname || '').split('/');
        while (relPath.length && !(rel.host = relPath.shift()!));
        if (!rel.host) rel.host = '';
        if (!rel.hostname) rel.hostname = '';
        if (relPath[0] !== '') relPath.unshift('');
        if (relPath.length < 2) relPath.unshift('');
        result.pathname = relPath.join('/');
      } else {
        result.pathname = rel.pathname;
      }
      result.search = rel.search;
      result.query = rel.query;
      result.host = rel.host || '';
      result.auth = rel.auth;
      result.hostname = rel.hostname || rel.host;
      result.port = rel.port;
      if (result.pathname || result.search) result.path = (result.pathname || '') + (result.search || '');
      result.slashes = result.slashes || rel.slashes;
      result.href = result.format();
      return result;
    }

    const isSourceAbs = result.pathname?.[0] === '/';
    const isRelAbs = Boolean(rel.host || rel.pathname?.[0] === '/');
    let mustEndAbs = isRelAbs || isSourceAbs || Boolean(result.host && rel.pathname);
    const removeAllDots = mustEndAbs;
    let srcPath = (result.pathname && result.pathname.split('/')) || [];
    const relPath = (rel.pathname && rel.pathname.split('/')) || [];
    const noLeadingSlashes = Boolean(result.protocol && !slashed.has(result.protocol));

    // Without a slashed scheme, the host lives in the first path segment.
    if (noLeadingSlashes) {
      result.hostname = '';
      result.port = null;
      if (result.host) {
        if (srcPath[0] === '') srcPath[0] = result.host;
        else srcPath.unshift(result.host);
      }
      result.host = '';
      if (rel.protocol) {
        rel.hostname = null;
        rel.port = null;
        if (rel.host) {
          if (relPath[0] === '') relPath[0] = rel.host;
          else relPath.unshift(rel.host);
        }
        rel.host = null;
      }
      mustEndAbs = mustEndAbs && (relPath[0] === '' || srcPath[0] === '');
    }

    if (isRelAbs) {
      if (rel.host || rel.host === '') {
        if (result.host !== rel.host) result.auth = null;
        result.host = rel.host;
        result.port = rel.port;
      }
      if (rel.hostname || rel.hostname === '') {
        if (result.hostname !== rel.hostname) result.auth = null;
        result.hostname = rel.hostname;
      }
      result.search = rel.search;
      result.query = rel.query;
      srcPath = relPath;
    } else if (relPath.length) {
      if (!srcPath) srcPath = [];
      srcPath.pop();
      srcPath = srcPath.concat(relPath);
      result.search = rel.search;
      result.query = rel.query;
    } else if (rel.search !== null && rel.search !== undefined) {
      // Only the query changes.
      if (noLeadingSlashes) {
        result.hostname = result.host = srcPath.shift()!;
        splitAuthFromHost(result);
      }
      result.search = rel.search;
      result.query = rel.query;
      if (result.pathname !== null || result.search !== null) {
        result.path = (result.pathname ? result.pathname : '') + (result.search ? result.search : '');
      }
      result.href = result.format();
      return result;
    }

    if (!srcPath.length) {
      result.pathname = null;
      result.path = result.search ? `/${result.search}` : null;
      result.href = result.format();
      return result;
    }

    // A trailing '.' or '..' segment (or an empty one) names a directory.
    let last = srcPath.slice(-1)[0];
    const hasTrailingSlash = (((result.host || rel.host || srcPath.length > 1) && (last === '.' || last === '..')) || last === '');
    let up = 0;
    for (let i = srcPath.length - 1; i >= 0; i--) {
      last = srcPath[i];
      if (last === '.') {
        srcPath.splice(i, 1);
      } else if (last === '..') {
        srcPath.splice(i, 1);
        up++;
      } else if (up) {
        srcPath.splice(i, 1);
        up--;
      }
    }
    if (!mustEndAbs && !removeAllDots) {
      while (up--) srcPath.unshift('..');
    }
    if (mustEndAbs && srcPath[0] !== '' && (!srcPath[0] || srcPath[0][0] !== '/')) srcPath.unshift('');
    if (hasTrailingSlash && !srcPath.join('/').endsWith('/')) srcPath.push('');

    const isAbsolute = srcPath[0] === '' || (srcPath[0] && srcPath[0][0] === '/');
    if (noLeadingSlashes) {
      result.hostname = result.host = isAbsolute ? '' : (srcPath.length ? srcPath.shift()! : '');
      splitAuthFromHost(result);
    }
    mustEndAbs = mustEndAbs || Boolean(result.host && srcPath.length);
    if (mustEndAbs && !isAbsolute) srcPath.unshift('');
    if (srcPath.length > 0) result.pathname = srcPath.join('/');
    else {
      result.pathname = null;
      result.path = null;
    }
    if (result.pathname !== null || result.search !== null) {
      result.path = (result.pathname ? result.pathname : '') + (result.search ? result.search : '');
    }
    result.auth = rel.auth || result.auth;
    result.slashes = result.slashes || rel.slashes;
    result.href = result.format();
    return result;
  }
}

// Bundlers may rename the class; inspect shows this name.
Object.defineProperty(Url, 'name', { value: 'Url' });

/** A host taken back from the path may hold `auth@`: move it to `auth`. */
function splitAuthFromHost(result: Url): void {
  const host = result.host;
  const at = host && host.indexOf('@') > 0 ? host.split('@') : null;
  if (at) {
    result.auth = at.shift()!;
    result.host = result.hostname = at.shift()!;
  }
}

function invalidUrl(input: string): Error {
  const err = nodeError('ERR_INVALID_URL', input) as Error & { input?: string };
  err.input = input;
  return err;
}

/** Trims C0 controls, spaces, NBSP and BOM off both ends, and turns \ into / before any ? or #. */
function trimAndFlipSlashes(url: string): string {
  let start = 0;
  let end = url.length;
  while (start < end && isWhitespace(url.charCodeAt(start))) start++;
  while (end > start && isWhitespace(url.charCodeAt(end - 1))) end--;
  const text = url.slice(start, end);
  const split = text.search(/[?#]/);
  const head = split === -1 ? text : text.slice(0, split);
  if (!head.includes('\\')) return text;
  return head.replace(/\\/g, '/') + (split === -1 ? '' : text.slice(split));
}

export function urlParse(url: unknown, parseQueryString?: boolean, slashesDenoteHost?: boolean): Url {
  if (url instanceof Url) return url;
  const result = new Url();
  result.parse(url, parseQueryString, slashesDenoteHost);
  return result;
}

export function urlResolve(source: string, relative: string): string {
  return urlParse(source, false, true).resolve(relative);
}

export function urlResolveObject(source: unknown, relative: unknown): Url {
  if (!source) return relative as Url;
  return urlParse(source, false, true).resolveObject(relative);
}

interface FormatOptions {
  fragment?: unknown;
  unicode?: unknown;
  search?: unknown;
  auth?: unknown;
}

function formatWhatwg(url: URL, options?: FormatOptions): string {
  let fragment = true;
  let unicode = false;
  let search = true;
  let auth = true;
  if (options) {
    validateObject(options, 'options');
    if (options.fragment != null) fragment = Boolean(options.fragment);
    if (options.unicode != null) unicode = Boolean(options.unicode);
    if (options.search != null) search = Boolean(options.search);
    if (options.auth != null) auth = Boolean(options.auth);
  }
  const copy = new URL(url.href);
  if (!fragment) copy.hash = '';
  if (!search) copy.search = '';
  if (!auth) {
    copy.username = '';
    copy.password = '';
  }
  if (!unicode || copy.hostname === '') return fragment ? copy.href : copy.href.replace(/#$/, '');
  const href = copy.href;
  const hostAt = href.indexOf(copy.host, copy.protocol.length);
  const unicodeHost = domainToUnicode(copy.hostname) + (copy.port ? `:${copy.port}` : '');
  return href.slice(0, hostAt) + unicodeHost + href.slice(hostAt + copy.host.length);
}

export function urlFormat(urlObject: unknown, options?: FormatOptions): string {
  if (typeof urlObject === 'string') return urlParse(urlObject).format();
  if (typeof urlObject !== 'object' || urlObject === null) throw nodeError('ERR_INVALID_ARG_TYPE', 'urlObject', ['Object', 'string'], urlObject);
  if (isURL(urlObject)) return formatWhatwg(urlObject, options);
  return Url.prototype.format.call(urlObject as Url);
}

export {
  urlParse as parse, urlResolve as resolve, urlResolveObject as resolveObject, urlFormat as format,
  URL, URLSearchParams, domainToASCII, domainToUnicode, pathToFileURL, fileURLToPath, urlToHttpOptions,
};

export default {
  Url,
  parse: urlParse,
  resolve: urlResolve,
  resolveObject: urlResolveObject,
  format: urlFormat,
  URL,
  URLSearchParams,
  domainToASCII,
  domainToUnicode,
  pathToFileURL,
  fileURLToPath,
  urlToHttpOptions,
};
