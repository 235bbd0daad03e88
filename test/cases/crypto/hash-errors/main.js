const crypto = require('crypto');
try { crypto.createHash('nope'); console.log('no error'); } catch (e) { console.log(e.name, e.code, e.errno, e.message); }
try { crypto.createHash(); console.log('no error'); } catch (e) { console.log(e.name, e.code, e.errno, e.message); }
try { crypto.createHash(5); console.log('no error'); } catch (e) { console.log(e.name, e.code, e.errno, e.message); }
try { crypto.createHash('md5').update(5); console.log('no error'); } catch (e) { console.log(e.name, e.code, e.errno, e.message); }
try { crypto.createHash('md5').update(); console.log('no error'); } catch (e) { console.log(e.name, e.code, e.errno, e.message); }
try { (() => { const h = crypto.createHash('md5'); h.digest(); h.digest(); })(); console.log('no error'); } catch (e) { console.log(e.name, e.code, e.errno, e.message); }
try { (() => { const h = crypto.createHash('md5'); h.digest(); h.update('x'); })(); console.log('no error'); } catch (e) { console.log(e.name, e.code, e.errno, e.message); }
