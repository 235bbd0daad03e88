const zlib = require('zlib');
const fs = require('fs');
const out = zlib.gunzipSync(fs.readFileSync(__dirname + '/fixture.txt.gz'));
console.log(out.length, out.toString().slice(0, 40));
console.log(zlib.inflateSync(fs.readFileSync(__dirname + '/fixture.deflate')).toString());
