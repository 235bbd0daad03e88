// Copying a file onto itself (directly or through a link) leaves it as it was, in every form.
const fs = require('fs');
const S = 'scratch-same';
fs.rmSync(S, { recursive: true, force: true });
fs.mkdirSync(S);
process.on('exit', () => fs.rmSync(S, { recursive: true, force: true }));
fs.writeFileSync(S + '/a', 'content');
fs.symlinkSync('a', S + '/link');
fs.copyFileSync(S + '/a', S + '/a');
console.log(fs.readFileSync(S + '/a', 'utf8'));
fs.copyFileSync(S + '/a', S + '/link');
console.log(fs.readFileSync(S + '/a', 'utf8'), fs.lstatSync(S + '/link').isSymbolicLink());
try { fs.copyFileSync(S + '/a', S + '/a', fs.constants.COPYFILE_EXCL); } catch (e) { console.log(e.code, e.syscall); }
fs.copyFile(S + '/a', S + '/a', (err) => {
  console.log('callback', err, fs.readFileSync(S + '/a', 'utf8'));
  fs.promises.copyFile(S + '/a', S + '/a').then(() => console.log('promise', fs.readFileSync(S + '/a', 'utf8')));
});
