try { await import('not-installed'); } catch (e) { console.log(e.code, e.message); }
try { await import('@scope/nothing/x.js'); } catch (e) { console.log(e.code, e.message); }
