// node layer: Node's WHATWG URL face over the engine's URL classes — Node's errors and inspect
// output — plus the helpers built on them (file paths, http options, domain conversion).
import { nodeError } from './errors.js';
import { inspect } from './util/inspect.js';
import { posix } from '../path.js';
import { decode as punycodeDecode } from '../punycode.js';

type EngineURLClass = typeof globalThis.URL;
type EngineParams = InstanceType<typeof globalThis.URLSearchParams>;

const EngineURL: EngineURLClass = globalThis.URL;
export const URLSearchParams = globalThis.URLSearchParams;
const inspectCustom = Symbol.for('nodejs.util.inspect.custom');
const hrefSetter = Object.getOwnPropertyDescriptor(EngineURL.prototype, 'href')!.set!;

function invalidUrl(input: string, base?: string): Error {
  const err = nodeError('ERR_INVALID_URL', input) as Error & { input?: string; base?: string };
  err.input = input;
  if (base !== undefined) err.base = base;
  return err;
}

type InspectOptions = Record<string, unknown> & { breakLength?: number };

/** The engine's URL with Node's argument checks, `ERR_INVALID_URL` and inspect output. */
export class URL extends EngineURL {
  constructor(input: unknown, base?: unknown) {
    if (arguments.length === 0) throw nodeError('ERR_MISSING_ARGS', 'url');
    const href = `${input as string}`;
    const baseHref = base === undefined ? undefined : `${base as string}`;
    try {
      super(href, baseHref);
    } catch {
      throw invalidUrl(href, baseHref);
    }
  }

  static override canParse(input: unknown, base?: unknown): boolean {
    if (arguments.length === 0) throw nodeError('ERR_MISSING_ARGS', 'url');
    try {
      void new EngineURL(`${input as string}`, base === undefined ? undefined : `${base as string}`);
      return true;
    } catch {
      return false;
    }
  }

  static override parse(input: unknown, base?: unknown): URL | null {
    if (arguments.length === 0) throw nodeError('ERR_MISSING_ARGS', 'url');
    try {
      return new URL(input, base);
    } catch {
      return null;
    }
  }

  [inspectCustom](depth: number | null, options: InspectOptions): unknown {
    if (typeof depth === 'number' && depth < 0) return this;
    const shown = {
      href: this.href, origin: this.origin, protocol: this.protocol, username: this.username,
      password: this.password, host: this.host, hostname: this.hostname, port: this.port,
      pathname: this.pathname, search: this.search, searchParams: this.searchParams, hash: this.hash,
    };
    return `${(this.constructor as { name: string }).name} ${inspect(shown, options)}`;
  }
}

Object.defineProperty(URL.prototype, inspectCustom, { enumerable: false });
// An invalid href throws Node's error rather than the engine's.
Object.defineProperty(URL.prototype, 'href', {
  get: Object.getOwnPropertyDescriptor(EngineURL.prototype, 'href')!.get,
  set(this: URL, value: unknown) {
    const href = `${value as string}`;
    try {
      hrefSetter.call(this, href);
    } catch {
      throw invalidUrl(href);
    }
  },
  enumerable: true,
  configurable: true,
});

/** `URLSearchParams { 'a' => '1', 'b' => '2' }`, on one line when it fits `breakLength`. */
function inspectSearchParams(this: EngineParams, depth: number | null, options: InspectOptions): string {
  if (typeof depth === 'number' && depth < 0) return (options as { stylize: (s: string, k: string) => string }).stylize('[Object]', 'special');
  const inner = { ...options, depth: depth === null ? null : depth - 1 };
  const pairs: string[] = [];
  let width = -2;
  for (const [name, value] of this) {
    const pair = `${inspect(name, inner)} => ${inspect(value, inner)}`;
    pairs.push(pair);
    width += pair.replace(/\u001b\[\d\d?m/g, '').length + 2;
  }
  const name = (this.constructor as { name: string }).name;
  if (pairs.length === 0) return `${name} {}`;
  if (width > (options.breakLength ?? 80)) return `${name} {\n  ${pairs.join(',\n  ')} }`;
  return `${name} { ${pairs.join(', ')} }`;
}

Object.defineProperty(URLSearchParams.prototype, inspectCustom, {
  value: inspectSearchParams, writable: true, enumerable: false, configurable: true,
});

/** Node's duck test for a WHATWG URL (a legacy Url has `auth` and `path`). */
export function isURL(value: unknown): value is URL {
  const v = value as { href?: unknown; protocol?: unknown; auth?: unknown; path?: unknown } | null;
  return Boolean(v?.href && v.protocol && v.auth === undefined && v.path === undefined);
}

export function fileURLToPath(path: unknown): string {
  let url: { protocol: string; hostname: string; pathname: string };
  if (typeof path === 'string') url = new URL(path);
  else if (isURL(path)) url = path;
  else throw nodeError('ERR_INVALID_ARG_TYPE', 'path', ['string', 'URL'], path);
  if (url.protocol !== 'file:') throw nodeError('ERR_INVALID_URL_SCHEME', 'file');
  if (url.hostname !== '') throw nodeError('ERR_INVALID_FILE_URL_HOST', 'linux');
  const pathname = url.pathname;
  if (/%2f/i.test(pathname)) throw nodeError('ERR_INVALID_FILE_URL_PATH', 'must not include encoded / characters');
  return decodeURIComponent(pathname);
}

const pathEscapes: Record<string, string> = {
  '%': '%25', '\\': '%5C', '\n': '%0A', '\r': '%0D', '\t': '%09', '?': '%3F', '#': '%23',
};

export function pathToFileURL(filepath: unknown): URL {
  if (typeof filepath !== 'string') throw nodeError('ERR_INVALID_ARG_TYPE', 'path', 'string', filepath);
  let resolved = posix.resolve(filepath);
  // resolve() drops a trailing slash, which names a directory in a URL.
  if (filepath.endsWith('/') && !resolved.endsWith('/')) resolved += '/';
  return new URL(`file://${resolved.replace(/[%\\\n\r\t?#]/g, (ch) => pathEscapes[ch])}`);
}

export function urlToHttpOptions(url: URL): Record<string, unknown> {
  const options: Record<string, unknown> = Object.create(null);
  options.protocol = url.protocol;
  options.hostname = typeof url.hostname === 'string' && url.hostname.startsWith('[') ? url.hostname.slice(1, -1) : url.hostname;
  options.hash = url.hash;
  options.search = url.search;
  options.pathname = url.pathname;
  options.path = `${url.pathname || ''}${url.search || ''}`;
  options.href = url.href;
  if (url.port !== '') options.port = Number(url.port);
  if (url.username || url.password) options.auth = `${decodeURIComponent(url.username)}:${decodeURIComponent(url.password)}`;
  return options;
}

/**
 * The host `domain` gets as the hostname of a special URL, or '' when the URL parser rejects it.
 * Two seed hosts tell a rejected assignment (the seed survives) from an accepted one.
 */
function asHostname(domain: string): string {
  const first = new EngineURL('ws://x');
  const second = new EngineURL('ws://y');
  first.hostname = domain;
  second.hostname = domain;
  return first.hostname === second.hostname ? first.hostname : '';
}

export function domainToASCII(...args: unknown[]): string {
  if (args.length < 1) throw nodeError('ERR_MISSING_ARGS', 'domain');
  return asHostname(`${args[0] as string}`);
}

export function domainToUnicode(...args: unknown[]): string {
  if (args.length < 1) throw nodeError('ERR_MISSING_ARGS', 'domain');
  const ascii = asHostname(`${args[0] as string}`);
  if (ascii === '' || ascii.startsWith('[')) return ascii;
  return ascii.split('.').map((label) => {
    if (!label.startsWith('xn--')) return label;
    try {
      return punycodeDecode(label.slice(4));
    } catch {
      return label;
    }
  }).join('.');
}

// Bundlers may rename the class; Node's reports these.
Object.defineProperty(URL, 'name', { value: 'URL' });
Object.defineProperty(URL, 'length', { value: 1 });
// The program's global URL must be the very class `require('url').URL` returns.
Object.defineProperty(globalThis, 'URL', { value: URL, writable: true, enumerable: false, configurable: true });
