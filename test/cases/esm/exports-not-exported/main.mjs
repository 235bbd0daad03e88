try { await import('pkg/secret.mjs'); } catch (e) { console.log(e.code, e.message); }
try { await import('nomain'); } catch (e) { console.log(e.code, e.message); }
