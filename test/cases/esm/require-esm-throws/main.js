try { require('./pk/th.js'); } catch (e) { console.log(e.name, e.message); }
try { require('./pk/th.js'); } catch (e) { console.log('again', e.message); }
