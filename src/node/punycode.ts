// node layer: the deprecated `punycode` module — RFC 3492 Bootstring with the IDNA parameters,
// also used by `url.domainToUnicode` to turn `xn--` labels back into Unicode.

const BASE = 36;
const T_MIN = 1;
const T_MAX = 26;
const SKEW = 38;
const DAMP = 700;
const INITIAL_BIAS = 72;
const INITIAL_N = 128;
const MAX_INT = 2147483647;
const LABEL_SEPARATORS = /[\x2E\u3002\uFF0E\uFF61]/;

function fail(kind: 'overflow' | 'not-basic' | 'invalid-input'): never {
  const text = {
    overflow: 'Overflow: input needs wider integers to process',
    'not-basic': 'Illegal input >= 0x80 (not a basic code point)',
    'invalid-input': 'Invalid input',
  }[kind];
  throw new RangeError(text);
}

function adapt(delta: number, points: number, first: boolean): number {
  delta = first ? Math.floor(delta / DAMP) : delta >> 1;
  delta += Math.floor(delta / points);
  let k = 0;
  while (delta > ((BASE - T_MIN) * T_MAX) >> 1) {
    delta = Math.floor(delta / (BASE - T_MIN));
    k += BASE;
  }
  return k + Math.floor(((BASE - T_MIN + 1) * delta) / (delta + SKEW));
}

function digitValue(code: number): number {
  if (code >= 0x30 && code < 0x3a) return 26 + (code - 0x30);
  if (code >= 0x41 && code < 0x5b) return code - 0x41;
  if (code >= 0x61 && code < 0x7b) return code - 0x61;
  return BASE;
}

const digitChar = (d: number): string => String.fromCharCode(d < 26 ? d + 97 : d + 22);

/** The code points of `text`, a lone surrogate counting as one. */
function ucs2decode(text: string): number[] {
  const out: number[] = [];
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code >= 0xd800 && code <= 0xdbff && i + 1 < text.length) {
      const next = text.charCodeAt(i + 1);
      if ((next & 0xfc00) === 0xdc00) {
        out.push(((code & 0x3ff) << 10) + (next & 0x3ff) + 0x10000);
        i++;
        continue;
      }
    }
    out.push(code);
  }
  return out;
}

function ucs2encode(points: number[]): string {
  return String.fromCodePoint(...points);
}

export function decode(input: string): string {
  const output: number[] = [];
  let basicEnd = input.lastIndexOf('-');
  if (basicEnd < 0) basicEnd = 0;
  for (let j = 0; j < basicEnd; j++) {
    if (input.charCodeAt(j) >= 0x80) fail('not-basic');
    output.push(input.charCodeAt(j));
  }
  let n = INITIAL_N;
  let bias = INITIAL_BIAS;
  let i = 0;
  for (let pos = basicEnd > 0 ? basicEnd + 1 : 0; pos < input.length;) {
    const before = i;
    for (let w = 1, k = BASE; ; k += BASE) {
      if (pos >= input.length) fail('invalid-input');
      const digit = digitValue(input.charCodeAt(pos++));
      if (digit >= BASE) fail('invalid-input');
      if (digit > Math.floor((MAX_INT - i) / w)) fail('overflow');
      i += digit * w;
      const t = k <= bias ? T_MIN : k >= bias + T_MAX ? T_MAX : k - bias;
      if (digit < t) break;
      if (w > Math.floor(MAX_INT / (BASE - t))) fail('overflow');
      w *= BASE - t;
    }
    const count = output.length + 1;
    bias = adapt(i - before, count, before === 0);
    if (Math.floor(i / count) > MAX_INT - n) fail('overflow');
    n += Math.floor(i / count);
    i %= count;
    output.splice(i++, 0, n);
  }
  return String.fromCodePoint(...output);
}

export function encode(input: string): string {
  const points = ucs2decode(input);
  let output = '';
  for (const p of points) if (p < 0x80) output += String.fromCharCode(p);
  const basicLength = output.length;
  let handled = basicLength;
  if (basicLength > 0) output += '-';
  let n = INITIAL_N;
  let delta = 0;
  let bias = INITIAL_BIAS;
  while (handled < points.length) {
    let m = MAX_INT;
    for (const p of points) if (p >= n && p < m) m = p;
    if (m - n > Math.floor((MAX_INT - delta) / (handled + 1))) fail('overflow');
    delta += (m - n) * (handled + 1);
    n = m;
    for (const p of points) {
      if (p < n && ++delta > MAX_INT) fail('overflow');
      if (p !== n) continue;
      let q = delta;
      for (let k = BASE; ; k += BASE) {
        const t = k <= bias ? T_MIN : k >= bias + T_MAX ? T_MAX : k - bias;
        if (q < t) break;
        output += digitChar(t + ((q - t) % (BASE - t)));
        q = Math.floor((q - t) / (BASE - t));
      }
      output += digitChar(q);
      bias = adapt(delta, handled + 1, handled === basicLength);
      delta = 0;
      handled++;
    }
    delta++;
    n++;
  }
  return output;
}

/** Applies `convert` to each label of a domain, keeping an email address's local part. */
function mapDomain(domain: string, convert: (label: string) => string): string {
  const at = domain.indexOf('@');
  const local = at >= 0 ? domain.slice(0, at + 1) : '';
  const host = at >= 0 ? domain.slice(at + 1) : domain;
  return local + host.split(LABEL_SEPARATORS).map(convert).join('.');
}

export function toUnicode(input: string): string {
  return mapDomain(input, (label) => (/^xn--/.test(label) ? decode(label.slice(4).toLowerCase()) : label));
}

export function toASCII(input: string): string {
  return mapDomain(input, (label) => (/[^\0-\x7F]/.test(label) ? `xn--${encode(label)}` : label));
}

export const ucs2 = { decode: ucs2decode, encode: ucs2encode };
export const version = '2.1.0';

export default { version, ucs2, decode, encode, toASCII, toUnicode };
