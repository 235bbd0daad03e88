const crypto = require('crypto');
for (const s of ['héllo', '日本語', '😀', '\u0000', 'a\ud800b']) console.log(JSON.stringify(s), crypto.createHash('sha1').update(s).digest('hex'), crypto.createHash('md5').update(s, 'utf8').digest('base64url'));
