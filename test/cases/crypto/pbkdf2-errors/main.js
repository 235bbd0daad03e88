const crypto = require('crypto');
try { crypto.pbkdf2Sync('a', 'b', 1, 10, 'nope'); console.log('no error'); } catch (e) { console.log(e.name, e.code, e.errno, e.message); }
try { crypto.pbkdf2Sync('a', 'b', 0, 10, 'sha1'); console.log('no error'); } catch (e) { console.log(e.name, e.code, e.errno, e.message); }
try { crypto.pbkdf2Sync('a', 'b', 1, -1, 'sha1'); console.log('no error'); } catch (e) { console.log(e.name, e.code, e.errno, e.message); }
try { crypto.pbkdf2Sync('a', 'b', 1.5, 1, 'sha1'); console.log('no error'); } catch (e) { console.log(e.name, e.code, e.errno, e.message); }
try { crypto.pbkdf2Sync(1, 'b', 1, 1, 'sha1'); console.log('no error'); } catch (e) { console.log(e.name, e.code, e.errno, e.message); }
try { crypto.pbkdf2Sync('a', 'b', 1, 1); console.log('no error'); } catch (e) { console.log(e.name, e.code, e.errno, e.message); }
try { crypto.pbkdf2('a', 'b', 1, 1, 'sha1'); console.log('no error'); } catch (e) { console.log(e.name, e.code, e.errno, e.message); }
try { crypto.pbkdf2('a', 'b', 1, 1, () => {}); console.log('no error'); } catch (e) { console.log(e.name, e.code, e.errno, e.message); }
try { crypto.pbkdf2Sync('a', 'b', 'x', 1, 'sha1'); console.log('no error'); } catch (e) { console.log(e.name, e.code, e.errno, e.message); }
