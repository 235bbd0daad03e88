// The process stays alive until each WebCrypto operation settles, whether reached via require or the global.
const { subtle } = require('crypto');
subtle.generateKey({ name: 'HMAC', hash: 'SHA-256' }, true, ['sign'])
  .then((key) => subtle.sign('HMAC', key, Buffer.from('x')))
  .then((sig) => console.log('signature bytes', sig.byteLength));
globalThis.crypto.subtle.importKey('raw', Buffer.from('k'), 'PBKDF2', false, ['deriveBits'])
  .then((key) => globalThis.crypto.subtle.deriveBits({ name: 'PBKDF2', salt: Buffer.from('s'), iterations: 50000, hash: 'SHA-256' }, key, 256))
  .then((bits) => console.log('derived bytes', bits.byteLength));
subtle.digest('NOPE', Buffer.from('x')).catch((e) => console.log(e.name, e.message));
console.log(subtle === globalThis.crypto.subtle, subtle.digest.name, subtle.digest.length, Object.keys(subtle));
process.on('exit', () => console.log('exit'));
