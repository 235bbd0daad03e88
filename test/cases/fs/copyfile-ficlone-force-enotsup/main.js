// COPYFILE_FICLONE_FORCE on a filesystem that cannot clone extents (ext4 here, memory on nodeling):
// ENOTSUP, which Linux calls EOPNOTSUPP, and no destination is left behind.
const fs = require('fs');
const S = 'scratch';
fs.rmSync(S, { recursive: true, force: true });
fs.mkdirSync(S);
process.on('exit', () => fs.rmSync(S, { recursive: true, force: true }));
const F = fs.constants.COPYFILE_FICLONE_FORCE;
const show = (label, e) => console.log(label, e.name, e.code, e.errno, e.syscall, e.path, e.dest, '|', e.message);
fs.writeFileSync(S + '/a', 'xyz');
try { fs.copyFileSync(S + '/a', S + '/b', F); } catch (e) { show('sync', e); }
console.log('b exists', fs.existsSync(S + '/b'));
try { fs.copyFileSync(S + '/a', S + '/c', F | fs.constants.COPYFILE_EXCL); } catch (e) { show('excl', e); }
console.log('c exists', fs.existsSync(S + '/c'));
try { fs.copyFileSync(S + '/missing', S + '/b', F); } catch (e) { show('missing source', e); }
console.log(require('os').constants.errno.ENOTSUP, require('util').getSystemErrorName(-95), require('util').getSystemErrorMap().get(-95));
fs.copyFile(S + '/a', S + '/d', F, (e) => {
  show('callback', e);
  fs.promises.copyFile(S + '/a', S + '/d', F).catch((e) => {
    show('promise', e);
    console.log('d exists', fs.existsSync(S + '/d'), fs.readdirSync(S));
  });
});
