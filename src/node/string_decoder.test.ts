// Differential tests: the same chunked byte streams go through nodeling's StringDecoder and the
// host's, and every write/end result and the lastChar/lastNeed/lastTotal state must match.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as hostModule from 'node:string_decoder';
import { inspect } from 'node:util';
import { StringDecoder } from './string_decoder.js';

// Typed loosely: @types/node omits members (encoding, text, lastNeed) that Node has.
const HostDecoder = hostModule.StringDecoder as unknown as new (enc?: unknown) => any;

const encodings = ['utf8', 'utf-8', 'UTF8', 'utf16le', 'ucs2', 'base64', 'base64url', 'hex', 'latin1', 'binary', 'ascii'];

const streams: number[][] = [
  [], [0x61], [0xe2, 0x82, 0xac], [0xf0, 0x9f, 0x98, 0x80, 0x61], [0xc3, 0xa9, 0xc3], [0xe2, 0x82, 0x61], [0xf0, 0x9f, 0x61, 0x62],
  [0x80, 0x80, 0x80, 0x80, 0x80], [0xff, 0xfe, 0xc0, 0x80], [0xed, 0xa0, 0x80, 0xed, 0xb0, 0x80], [0xf8, 0x88, 0x80, 0x80],
  [0x3d, 0xd8, 0x00, 0xde, 0x61, 0x00], [0x00, 0xd8, 0x61, 0x00], [0x00, 0xd8], [0x61, 0x00, 0x62], [0x01, 0x02, 0x03, 0x04, 0x05],
  [0xe2, 0x82, 0xac, 0xf0, 0x9f, 0x98, 0x80, 0xc3, 0xa9, 0x41, 0xe2], [0xc2, 0xc2, 0xc2], [0xe0, 0xa0, 0xe0, 0xa0, 0x80],
  Array.from({ length: 40 }, (_, i) => (i * 37 + 11) & 0xff),
];

function splits(n: number): number[][] {
  // Every way of cutting a short stream in two or three pieces, plus byte-by-byte.
  const out: number[][] = [[n], Array.from({ length: n }, () => 1)];
  for (let a = 0; a <= n; a++) {
    out.push([a, n - a]);
    for (let b = a; b <= n && n <= 12; b++) out.push([a, b - a, n - b]);
  }
  return out;
}

function run(Decoder: new (enc?: any) => any, enc: string, bytes: number[], cut: number[], useEnd: boolean): unknown[] {
  const log: unknown[] = [];
  try {
    const d = new Decoder(enc);
    let pos = 0;
    for (const size of cut) {
      log.push(d.write(Buffer.from(bytes.slice(pos, pos + size))));
      pos += size;
      log.push(d.lastNeed, d.lastTotal, Array.from(d.lastChar));
    }
    log.push(useEnd ? d.end() : d.end(Buffer.from([0x62])));
    log.push(d.lastNeed, d.lastTotal, Array.from(d.lastChar), d.encoding);
  } catch (err) {
    const e = err as { code?: string; message?: string };
    log.push({ code: e.code, message: e.message });
  }
  return log;
}

test('[string_decoder] every chunking of tricky streams matches Node', () => {
  for (const enc of encodings) {
    for (const bytes of streams) {
      for (const cut of splits(bytes.length)) {
        for (const useEnd of [true, false]) {
          assert.deepStrictEqual(run(StringDecoder, enc, bytes, cut, useEnd), run(HostDecoder, enc, bytes, cut, useEnd),
            `${enc} ${bytes} cut ${cut} end ${useEnd}`);
        }
      }
    }
  }
});

test('[string_decoder] encodings, arguments, text() and inspection match Node', () => {
  const outcome = (fn: () => unknown): unknown => {
    try {
      return fn();
    } catch (err) {
      const e = err as { code?: string; message?: string; name?: string };
      return { code: e.code, message: e.message, name: e.name };
    }
  };
  for (const enc of [...encodings, undefined, null, '', 'foo', 0, {}, 'UCS-2', 'Latin1']) {
    assert.deepStrictEqual(outcome(() => new StringDecoder(enc as string).encoding), outcome(() => new HostDecoder(enc as string).encoding), String(enc));
  }
  for (const arg of ['str', 5, null, {}, new Uint16Array([0x61, 0x62]), new DataView(new Uint8Array([0x61, 0xe2]).buffer)]) {
    assert.deepStrictEqual(outcome(() => new StringDecoder('utf8').write(arg)), outcome(() => new HostDecoder('utf8').write(arg as Buffer)), inspect(arg));
  }
  for (const enc of encodings) {
    const ours = new StringDecoder(enc);
    const host = new HostDecoder(enc);
    const bytes = Buffer.from([0xe2, 0x82, 0xac, 0x61, 0xf0, 0x9f]);
    assert.deepStrictEqual([ours.write(bytes.subarray(0, 2)), ours.text(bytes, 2), ours.lastNeed, ours.end()],
      [host.write(bytes.subarray(0, 2)), host.text(bytes, 2), host.lastNeed, host.end()], enc);
    assert.equal(inspect(new StringDecoder(enc)), inspect(new HostDecoder(enc)), enc);
  }
  assert.deepStrictEqual(Object.getOwnPropertyNames(StringDecoder.prototype), Object.getOwnPropertyNames(HostDecoder.prototype));
});
