try { process.emitWarning(42); } catch (e) { console.log(e.code, e.message); }
try { process.emitWarning('m', 42); } catch (e) { console.log(e.code, e.message); }
