// The CommonJS path search, step by step: the exact file before its extensions, extensions in
// order, a file before a directory of the same name, index files, package main, trailing
// slashes, climbing out with '..', and symlinked files loaded once under their real path.
const path = require('path');
const rel = (p) => path.relative(__dirname, p);
const show = (request) => {
  try {
    console.log(request, '->', rel(require.resolve(request)), JSON.stringify(require(request)));
  } catch (e) {
    console.log(request, '->', e.code);
  }
};
for (const r of ['./lib/x', './lib/x.js', './lib/y', './lib/z', './lib/dir', './lib/dir/', './lib/dironly', './lib/pkg',
  './lib/trail/', './lib/missing', './lib/missing/../x', './lib/x/', './lib/y.json']) show(r);
const viaLink = require('./lib/link.js');
const viaReal = require('./real/target.js');
console.log('link loads the real file:', rel(viaLink.file), viaLink === viaReal);
console.log('resolve of the link:', rel(require.resolve('./lib/link')));
console.log('cached keys:', Object.keys(require.cache).map(rel).sort().join(' '));
const viaPaths = (request, dir) => {
  try {
    return rel(require.resolve(request, { paths: [dir] }));
  } catch (e) {
    return e.code;
  }
};
// A lookup directory that does not exist is skipped, even when the normalised candidate would exist.
console.log('paths through a missing dir:', viaPaths('./x', path.join(__dirname, 'no-such') + '/../lib'));
console.log('paths through a file:', viaPaths('./x', path.join(__dirname, 'lib', 'x.js') + '/../'));
console.log('paths through a real dir:', viaPaths('./x', path.join(__dirname, 'lib', 'dir') + '/..'));
console.log('climbing out of the lookup dir:', viaPaths('../y', path.join(__dirname, 'lib', 'dironly')));
