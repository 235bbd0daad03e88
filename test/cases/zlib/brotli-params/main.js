const zlib = require('zlib');
const C = zlib.constants;
const text = 'The quick brown fox jumps over the lazy dog. '.repeat(200);
const variants = {
  textMode: { [C.BROTLI_PARAM_MODE]: C.BROTLI_MODE_TEXT },
  fontMode: { [C.BROTLI_PARAM_MODE]: C.BROTLI_MODE_FONT, [C.BROTLI_PARAM_QUALITY]: 5 },
  sizeHint: { [C.BROTLI_PARAM_SIZE_HINT]: text.length, [C.BROTLI_PARAM_QUALITY]: 4 },
  lgwin10: { [C.BROTLI_PARAM_LGWIN]: 10 },
  lgwin24: { [C.BROTLI_PARAM_LGWIN]: 24, [C.BROTLI_PARAM_QUALITY]: 9 },
  lgblock: { [C.BROTLI_PARAM_LGBLOCK]: 16, [C.BROTLI_PARAM_QUALITY]: 6 },
  largeWindow: { [C.BROTLI_PARAM_LARGE_WINDOW]: true, [C.BROTLI_PARAM_LGWIN]: 26 },
  noContext: { [C.BROTLI_PARAM_DISABLE_LITERAL_CONTEXT_MODELING]: 1, [C.BROTLI_PARAM_QUALITY]: 7 },
  npostfix: { [C.BROTLI_PARAM_NPOSTFIX]: 1, [C.BROTLI_PARAM_NDIRECT]: 4, [C.BROTLI_PARAM_QUALITY]: 11 },
  quality12: { [C.BROTLI_PARAM_QUALITY]: 12 },
  minusOne: { [C.BROTLI_PARAM_QUALITY]: -1 },
  fraction: { [C.BROTLI_PARAM_QUALITY]: 3.7 },
  boolean: { [C.BROTLI_PARAM_QUALITY]: true },
  stringKey: { '1': 2 },
  emptyKey: { '': 1 },
};
for (const [name, params] of Object.entries(variants)) {
  const out = zlib.brotliCompressSync(text, { params });
  const back = name === 'largeWindow'
    ? zlib.brotliDecompressSync(out, { params: { [C.BROTLI_DECODER_PARAM_LARGE_WINDOW]: 1 } })
    : zlib.brotliDecompressSync(out);
  console.log(name, out.length, zlib.crc32(out), back.equals(Buffer.from(text)));
}
