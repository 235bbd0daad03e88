const path = require('path');
console.log(process.cwd() === __dirname);
process.chdir('sub');
console.log(path.relative(__dirname, process.cwd()));
process.chdir('..');
console.log(process.cwd() === __dirname);
try { process.chdir('no-such-dir'); } catch (e) {
  console.log(e.code, e.errno, e.syscall, e.path, e.dest);
  console.log(e.message);
}
try { process.chdir(42); } catch (e) { console.log(e.code, e.message); }
