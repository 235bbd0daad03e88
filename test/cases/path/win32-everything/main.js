const w = require('path').win32;
console.log(w.sep, w.delimiter, w.win32 === w, typeof w.posix);
const norms = ['C:\\a\\..\\b', 'C:/a/b/../c', 'c:', 'C:\\', '\\\\server\\share\\dir\\..\\f', 'a\\\\b', '..\\..\\x', '/unix/style', 'C:a\\b'];
for (const n of norms) console.log('normalize', JSON.stringify(n), JSON.stringify(w.normalize(n)));
console.log(w.join('C:\\a', 'b', '..\\c', 'd/e'), w.join('\\\\srv', 'share', 'x'), w.join('a', 'C:b'));
console.log(w.resolve('C:\\a\\b', '..\\c'), w.resolve('C:\\a', 'D:\\b', 'c'), w.resolve('C:\\x', '\\y'));
for (const a of ['C:\\a', 'C:a', '\\a', '/a', '\\\\s\\sh', 'a', 'C:/']) console.log('isAbsolute', JSON.stringify(a), w.isAbsolute(a));
for (const f of ['C:\\dir\\file.txt', '\\\\server\\share\\f.ext', 'C:', 'C:\\', 'rel\\x.y.z', 'C:file']) {
  console.log(JSON.stringify(f), JSON.stringify([w.basename(f), w.dirname(f), w.extname(f)]), JSON.stringify(w.parse(f)));
}
console.log(w.relative('C:\\a\\b\\c', 'C:\\a\\d'), w.relative('C:\\a', 'D:\\b'), JSON.stringify(w.relative('C:\\A', 'c:\\a')));
console.log(w.format({ root: 'C:\\', dir: 'C:\\d', base: 'f.txt' }));
console.log(w.toNamespacedPath('C:\\a\\b'), w.toNamespacedPath('\\\\srv\\share\\f'), w.toNamespacedPath('rel'));
