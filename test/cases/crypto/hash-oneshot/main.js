const crypto = require('crypto');
console.log(crypto.hash('sha1', 'abc'), crypto.hash('md5', Buffer.from('abc'), 'base64'), crypto.hash('sha256', 'abc', 'buffer'));
try { crypto.hash('nope', 'x'); console.log('no error'); } catch (e) { console.log(e.name, e.code, e.errno, e.message); }
try { crypto.hash('sha1', 5); console.log('no error'); } catch (e) { console.log(e.name, e.code, e.errno, e.message); }
try { crypto.hash(1, 'x'); console.log('no error'); } catch (e) { console.log(e.name, e.code, e.errno, e.message); }
try { crypto.hash('sha1', 'x', 5); console.log('no error'); } catch (e) { console.log(e.name, e.code, e.errno, e.message); }
