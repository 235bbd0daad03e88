// node layer: the `querystring` module — Node's legacy query-string parser and serializer,
// including its lenient decoding (malformed escapes survive) and its exact percent-encoding set.
import { Buffer } from './buffer.js';
import { nodeError } from './internal/errors.js';

type Encoder = (text: string) => string;
type Decoder = (text: string) => string;

/** Hex value of each ASCII code, -1 for the rest. */
const hexValue = new Int8Array(128).fill(-1);
for (let i = 0; i < 10; i++) hexValue[48 + i] = i;
for (let i = 0; i < 6; i++) {
  hexValue[65 + i] = 10 + i;
  hexValue[97 + i] = 10 + i;
}

const isHex = (code: number): boolean => code < 128 && hexValue[code] >= 0;

const hexByte: string[] = [];
for (let i = 0; i < 256; i++) hexByte.push(`%${i < 16 ? '0' : ''}${i.toString(16).toUpperCase()}`);

/** ASCII kept as is by `escape`: letters, digits and - . _ ~ ! ' ( ) *. */
const unreserved = new Uint8Array(128);
for (const ch of "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~!'()*") unreserved[ch.charCodeAt(0)] = 1;

/** Percent-decodes `s` into bytes: `%XX` becomes its byte, any other character its low 8 bits. */
export function unescapeBuffer(s: unknown, decodeSpaces?: boolean): InstanceType<typeof Buffer> {
  const text = String(s);
  const out = Buffer.allocUnsafe(text.length);
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code === 43 /* + */ && decodeSpaces) {
      out[n++] = 32;
    } else if (code === 37 /* % */ && i + 2 < text.length && isHex(text.charCodeAt(i + 1)) && isHex(text.charCodeAt(i + 2))) {
      out[n++] = hexValue[text.charCodeAt(i + 1)] * 16 + hexValue[text.charCodeAt(i + 2)];
      i += 2;
    } else {
      out[n++] = code & 0xff;
    }
  }
  return n === text.length ? out : out.subarray(0, n);
}

/** `decodeURIComponent`, falling back to byte-wise decoding when `s` is not valid UTF-8 escapes. */
export function unescape(s: string, decodeSpaces?: boolean): string {
  try {
    return decodeURIComponent(s);
  } catch {
    return querystring.unescapeBuffer(s, decodeSpaces).toString();
  }
}

export function escape(str: unknown): string {
  let s: string;
  if (typeof str === 'string') s = str;
  else if (typeof str === 'object') s = String(str);
  else s = `${str as string}`;
  return percentEncode(s, unreserved);
}

/** Percent-encodes `s` as UTF-8, keeping the ASCII marked in `keep`; any surrogate takes the next unit as its pair. */
export function percentEncode(s: string, keep: Uint8Array): string {
  let out = '';
  let last = 0;
  for (let i = 0; i < s.length; i++) {
    let code = s.charCodeAt(i);
    if (code < 0x80) {
      if (keep[code] === 1) continue;
      if (last < i) out += s.slice(last, i);
      last = i + 1;
      out += hexByte[code];
      continue;
    }
    if (last < i) out += s.slice(last, i);
    if (code < 0x800) {
      last = i + 1;
      out += hexByte[0xc0 | (code >> 6)] + hexByte[0x80 | (code & 0x3f)];
      continue;
    }
    if (code < 0xd800 || code >= 0xe000) {
      last = i + 1;
      out += hexByte[0xe0 | (code >> 12)] + hexByte[0x80 | ((code >> 6) & 0x3f)] + hexByte[0x80 | (code & 0x3f)];
      continue;
    }
    i++;
    if (i >= s.length) throw nodeError('ERR_INVALID_URI');
    code = 0x10000 + (((code & 0x3ff) << 10) | (s.charCodeAt(i) & 0x3ff));
    last = i + 1;
    out += hexByte[0xf0 | (code >> 18)] + hexByte[0x80 | ((code >> 12) & 0x3f)] +
      hexByte[0x80 | ((code >> 6) & 0x3f)] + hexByte[0x80 | (code & 0x3f)];
  }
  if (last === 0) return s;
  return last < s.length ? out + s.slice(last) : out;
}

function primitiveText(v: unknown): string {
  switch (typeof v) {
    case 'string': return v;
    case 'number': return Number.isFinite(v) ? `${v}` : '';
    case 'bigint': return `${v}`;
    case 'boolean': return v ? 'true' : 'false';
    default: return '';
  }
}

/** With the built-in escape, numbers below 1e21 and booleans need no encoding pass. */
function encodeWithEscape(v: unknown, encode: Encoder): string {
  if (typeof v === 'string') return v.length > 0 ? encode(v) : '';
  if (typeof v === 'number' && Number.isFinite(v)) return Math.abs(v) < 1e21 ? `${v}` : encode(`${v}`);
  if (typeof v === 'bigint') return `${v}`;
  if (typeof v === 'boolean') return v ? 'true' : 'false';
  return '';
}

const encodeWithCustom = (v: unknown, encode: Encoder): string => encode(primitiveText(v));

export function stringify(obj: unknown, sep?: string, eq?: string, options?: { encodeURIComponent?: Encoder }): string {
  const separator = sep || '&';
  const assign = eq || '=';
  let encode: Encoder = querystring.escape;
  if (options && typeof options.encodeURIComponent === 'function') encode = options.encodeURIComponent;
  const convert = encode === escape ? encodeWithEscape : encodeWithCustom;
  if (obj === null || typeof obj !== 'object') return '';
  const record = obj as Record<string, unknown>;
  let fields = '';
  for (const key of Object.keys(record)) {
    const value = record[key];
    const prefix = convert(key, encode) + assign;
    if (Array.isArray(value)) {
      if (value.length === 0) continue;
      for (let j = 0; j < value.length; j++) {
        if (fields) fields += separator;
        fields += prefix + convert(value[j], encode);
      }
    } else {
      if (fields) fields += separator;
      fields += prefix + convert(value, encode);
    }
  }
  return fields;
}

function codesOf(text: string): number[] {
  const codes = [];
  for (let i = 0; i < text.length; i++) codes.push(text.charCodeAt(i));
  return codes;
}

function decodeText(text: string, decode: Decoder): string {
  try {
    return decode(text);
  } catch {
    return querystring.unescape(text, true);
  }
}

type ParsedQuery = Record<string, string | string[]>;

function addPair(obj: ParsedQuery, key: string, value: string, keyEncoded: boolean, valueEncoded: boolean, decode: Decoder): void {
  if (key.length > 0 && keyEncoded) key = decodeText(key, decode);
  if (value.length > 0 && valueEncoded) value = decodeText(value, decode);
  const current = obj[key];
  if (current === undefined) obj[key] = value;
  else if (typeof current === 'string') obj[key] = [current, value];
  else current.push(value);
}

/**
 * Splits on `sep` and `eq` with Node's matcher, which does not back up after a partial match of a
 * multi-character separator. A key or value is decoded only when it holds a `+` or a valid `%XX`
 * (or always, with a custom decoder), so other text passes through byte for byte.
 */
export function parse(qs: unknown, sep?: string, eq?: string, options?: { maxKeys?: number; decodeURIComponent?: Decoder }): ParsedQuery {
  const obj: ParsedQuery = Object.create(null);
  if (typeof qs !== 'string' || qs.length === 0) return obj;
  const sepCodes = sep ? codesOf(String(sep)) : [38];
  const eqCodes = eq ? codesOf(String(eq)) : [61];
  let budget = 1000;
  if (options && typeof options.maxKeys === 'number') budget = options.maxKeys;
  if (!(budget > 0)) budget = Infinity;
  let decode: Decoder = querystring.unescape;
  if (options && typeof options.decodeURIComponent === 'function') decode = options.decodeURIComponent;
  const alwaysDecode = decode !== unescape;

  let key = '';
  let value = '';
  let keyEncoded = alwaysDecode;
  let valueEncoded = alwaysDecode;
  let sepAt = 0;
  let eqAt = 0;
  let start = 0;
  let hexSeen = 0; // 1 after '%', 2 after '%X'; a third hex digit marks the text as encoded

  for (let i = 0; i < qs.length; i++) {
    const code = qs.charCodeAt(i);
    if (code === sepCodes[sepAt]) {
      if (++sepAt < sepCodes.length) continue;
      const end = i - sepAt + 1;
      if (eqAt < eqCodes.length) {
        if (start < end) key += qs.slice(start, end);
        else if (key.length === 0) {
          if (--budget === 0) return obj;
          start = i + 1;
          sepAt = eqAt = 0;
          continue;
        }
      } else if (start < end) {
        value += qs.slice(start, end);
      }
      addPair(obj, key, value, keyEncoded, valueEncoded, decode);
      if (--budget === 0) return obj;
      keyEncoded = valueEncoded = alwaysDecode;
      key = value = '';
      hexSeen = 0;
      start = i + 1;
      sepAt = eqAt = 0;
      continue;
    }
    sepAt = 0;
    if (eqAt < eqCodes.length) {
      if (code === eqCodes[eqAt]) {
        if (++eqAt === eqCodes.length) {
          const end = i - eqAt + 1;
          if (start < end) key += qs.slice(start, end);
          hexSeen = 0;
          start = i + 1;
        }
        continue;
      }
      eqAt = 0;
      if (!keyEncoded) {
        if (code === 37) {
          hexSeen = 1;
          continue;
        }
        if (hexSeen > 0) {
          if (isHex(code)) {
            if (++hexSeen === 3) keyEncoded = true;
            continue;
          }
          hexSeen = 0;
        }
      }
      if (code === 43) {
        if (start < i) key += qs.slice(start, i);
        key += '%20';
        keyEncoded = true;
        start = i + 1;
      }
      continue;
    }
    if (code === 43) {
      if (start < i) value += qs.slice(start, i);
      value += '%20';
      valueEncoded = true;
      start = i + 1;
    } else if (!valueEncoded) {
      if (code === 37) hexSeen = 1;
      else if (hexSeen > 0) {
        if (isHex(code)) {
          if (++hexSeen === 3) valueEncoded = true;
        } else {
          hexSeen = 0;
        }
      }
    }
  }

  if (start < qs.length) {
    if (eqAt < eqCodes.length) key += qs.slice(start);
    else if (sepAt < sepCodes.length) value += qs.slice(start);
  } else if (eqAt === 0 && key.length === 0) {
    return obj;
  }
  addPair(obj, key, value, keyEncoded, valueEncoded, decode);
  return obj;
}

const querystring = {
  unescapeBuffer,
  unescape,
  escape,
  stringify,
  encode: stringify,
  parse,
  decode: parse,
};

export { stringify as encode, parse as decode };
export default querystring;
