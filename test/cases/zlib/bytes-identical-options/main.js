const zlib = require('zlib');
const s = 'abcabcabd'.repeat(3000);
for (const o of [{ windowBits: 9 }, { memLevel: 1 }, { strategy: 1 }, { strategy: 2 }, { strategy: 3 }, { strategy: 4 }, { level: 3, memLevel: 9 }]) {
  console.log(JSON.stringify(o), zlib.deflateSync(s, o).toString('base64').slice(0, 60), zlib.deflateRawSync(s, o).length);
}
