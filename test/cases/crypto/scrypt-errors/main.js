const crypto = require('crypto');
try { crypto.scryptSync('a', 'b', 10, { N: 3 }); console.log('no error'); } catch (e) { console.log(e.name, e.code, e.errno, e.message); }
try { crypto.scryptSync('a', 'b', 10, { N: 1 << 20 }); console.log('no error'); } catch (e) { console.log(e.name, e.code, e.errno, e.message); }
try { crypto.scryptSync('a', 'b', 10, { N: 16, cost: 16 }); console.log('no error'); } catch (e) { console.log(e.name, e.code, e.errno, e.message); }
try { crypto.scryptSync('a', 'b', -1); console.log('no error'); } catch (e) { console.log(e.name, e.code, e.errno, e.message); }
try { crypto.scryptSync('a', 'b', 10, { maxmem: 1024 }); console.log('no error'); } catch (e) { console.log(e.name, e.code, e.errno, e.message); }
try { crypto.scrypt('a', 'b', 10); console.log('no error'); } catch (e) { console.log(e.name, e.code, e.errno, e.message); }
try { crypto.scryptSync('a', 5, 10); console.log('no error'); } catch (e) { console.log(e.name, e.code, e.errno, e.message); }
