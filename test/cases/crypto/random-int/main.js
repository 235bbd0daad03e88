const crypto = require('crypto');
for (let i = 0; i < 200; i++) { const n = crypto.randomInt(3, 7); if (n < 3 || n >= 7 || !Number.isInteger(n)) console.log('bad', n); }
console.log(crypto.randomInt(1), crypto.randomInt(-5, -4));
crypto.randomInt(10, (e, n) => console.log('cb', e, n >= 0 && n < 10));
try { crypto.randomInt(5, 1); console.log('no error'); } catch (e) { console.log(e.name, e.code, e.errno, e.message); }
try { crypto.randomInt(1.5); console.log('no error'); } catch (e) { console.log(e.name, e.code, e.errno, e.message); }
try { crypto.randomInt(0, 2 ** 49); console.log('no error'); } catch (e) { console.log(e.name, e.code, e.errno, e.message); }
try { crypto.randomInt('1'); console.log('no error'); } catch (e) { console.log(e.name, e.code, e.errno, e.message); }
try { crypto.randomInt(1, 2, 3); console.log('no error'); } catch (e) { console.log(e.name, e.code, e.errno, e.message); }
try { crypto.randomInt(1, 1); console.log('no error'); } catch (e) { console.log(e.name, e.code, e.errno, e.message); }
