// node layer: CRC-32 (the gzip/PNG polynomial) behind `zlib.crc32`, table-driven, 8 bytes a step.

const tables: Uint32Array[] = [];
for (let t = 0; t < 8; t++) tables.push(new Uint32Array(256));
for (let n = 0; n < 256; n++) {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  tables[0]![n] = c >>> 0;
}
for (let n = 0; n < 256; n++) {
  let c = tables[0]![n]!;
  for (let t = 1; t < 8; t++) {
    c = tables[0]![c & 0xff]! ^ (c >>> 8);
    tables[t]![n] = c >>> 0;
  }
}
const [t0, t1, t2, t3, t4, t5, t6, t7] = tables as [Uint32Array, Uint32Array, Uint32Array, Uint32Array,
  Uint32Array, Uint32Array, Uint32Array, Uint32Array];

/** Continues the CRC `value` over `bytes`, as zlib's crc32() does. */
export function crc32Bytes(bytes: Uint8Array, value: number): number {
  let crc = ~value >>> 0;
  let i = 0;
  const n = bytes.length;
  for (; i + 8 <= n; i += 8) {
    const a = (bytes[i]! | (bytes[i + 1]! << 8) | (bytes[i + 2]! << 16) | (bytes[i + 3]! << 24)) ^ crc;
    crc = t7[a & 0xff]! ^ t6[(a >>> 8) & 0xff]! ^ t5[(a >>> 16) & 0xff]! ^ t4[a >>> 24]! ^
      t3[bytes[i + 4]!]! ^ t2[bytes[i + 5]!]! ^ t1[bytes[i + 6]!]! ^ t0[bytes[i + 7]!]!;
  }
  for (; i < n; i++) crc = t0[(crc ^ bytes[i]!) & 0xff]! ^ (crc >>> 8);
  return ~crc >>> 0;
}
