try { process.kill(process.pid, 'SIGNOPE'); } catch (e) { console.log(e.code, e.name); console.log(e.message); }
try { process.kill('abc'); } catch (e) { console.log(e.code, e.message); }
try { process.kill(process.pid, 99999); } catch (e) { console.log(e.code, e.syscall, e.message); }
console.log(process.kill(process.pid, 0));
console.log(require('os').constants.signals.SIGTERM, require('os').constants.signals.SIGINT);
