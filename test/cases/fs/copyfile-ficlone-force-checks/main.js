// COPYFILE_FICLONE_FORCE goes through the whole copy before the clone fails: the source and
// destination are opened and checked first (EEXIST, EISDIR, ENOENT, same file: success), and an
// existing destination is truncated, then removed when the clone fails.
const fs = require('fs');
const S = 'scratch';
fs.rmSync(S, { recursive: true, force: true });
fs.mkdirSync(S);
process.on('exit', () => fs.rmSync(S, { recursive: true, force: true }));
const F = fs.constants.COPYFILE_FICLONE_FORCE;
const t = (label, f) => {
  try { f(); console.log(label, 'ok'); } catch (e) { console.log(label, e.code, e.syscall, e.path, e.dest); }
};
fs.writeFileSync(S + '/a', 'xyz');
fs.writeFileSync(S + '/old', 'old content');
fs.writeFileSync(S + '/kept', 'kept');
fs.mkdirSync(S + '/dir');
t('existing destination', () => fs.copyFileSync(S + '/a', S + '/old', F));
console.log('old exists', fs.existsSync(S + '/old'));
t('excl existing', () => fs.copyFileSync(S + '/a', S + '/kept', F | fs.constants.COPYFILE_EXCL));
console.log('kept', fs.readFileSync(S + '/kept', 'utf8'));
t('source is a directory', () => fs.copyFileSync(S + '/dir', S + '/f', F));
t('destination is a directory', () => fs.copyFileSync(S + '/a', S + '/dir', F));
t('missing destination directory', () => fs.copyFileSync(S + '/a', S + '/nodir/x', F));
t('same file', () => fs.copyFileSync(S + '/a', S + '/a', F));
console.log(fs.readFileSync(S + '/a', 'utf8'), fs.readdirSync(S).sort());
