try { await import('./dir/'); } catch (e) { console.log(e.code, e.message); }
try { await import('./nope.mjs'); } catch (e) { console.log(e.code, e.message, e.url); }
