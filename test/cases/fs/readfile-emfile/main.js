// With every descriptor taken, reading a whole file fails too: readFile opens a descriptor of its
// own (sync, callback and promise forms), as a stream does.
const fs = require('fs');
process.on('exit', () => fs.rmSync(__filename + '.out', { force: true }));
const CAP = 1 << 17;
const fds = [];
try {
  while (fds.length < CAP) fds.push(fs.openSync(__filename, 'r'));
} catch (e) {
  console.log('open', e.code);
}
const show = (label, e) => console.log(label, e.code, e.errno, e.syscall, e.path === __filename, '|', e.message.replace(__filename, 'FILE'));
try { fs.readFileSync(__filename); console.log('readFileSync read'); } catch (e) { show('readFileSync', e); }
try { fs.writeFileSync(__filename + '.out', 'x'); console.log('writeFileSync wrote'); } catch (e) { show('writeFileSync', e); }
fs.readFile(__filename, (e) => {
  if (e) show('readFile', e); else console.log('readFile read');
  fs.promises.readFile(__filename).then(() => console.log('promises.readFile read'), (e) => show('promises.readFile', e)).then(() => {
    fs.createReadStream(__filename).on('error', (e) => show('createReadStream', e)).on('data', () => console.log('stream read')).on('close', () => {
      for (const fd of fds) fs.closeSync(fd);
      console.log('readFileSync after closing', fs.readFileSync(__filename).length > 0);
    });
  });
});
