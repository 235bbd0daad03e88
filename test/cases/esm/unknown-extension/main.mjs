try { await import('./data.txt'); } catch (e) { console.log(e.name, e.code, e.message); }
