const p = require('path').posix;
const files = ['/home/user/file.txt', 'file.tar.gz', '.bashrc', '/dir/', 'dir/sub/', '/', '', 'noext', 'a.', '..', '.a.b', '/a/b.c/d'];
for (const f of files) {
  console.log(JSON.stringify(f), JSON.stringify([p.basename(f), p.dirname(f), p.extname(f)]), JSON.stringify(p.parse(f)));
}
console.log(p.basename('/a/file.txt', '.txt'), p.basename('/a/file.txt', 'txt'), p.basename('/a/file.txt', 'file.txt'), p.basename('file.txt', '.js'));
console.log(p.format({ dir: '/x', base: 'y.z' }), p.format({ root: '/', name: 'n', ext: '.e' }), p.format({ root: '/', dir: '/d', base: 'b', name: 'ignored' }), p.format({ name: 'n', ext: 'e' }));
const rels = [['/a/b/c', '/a/d'], ['/a', '/a'], ['/a/b', '/a/b/c/d'], ['/a/b/c', '/'], ['/', '/x/y'], ['/aa', '/ab'], ['/a/b/', '/a/b/c/']];
for (const [f, t] of rels) console.log('relative', f, t, JSON.stringify(p.relative(f, t)));
console.log(p.toNamespacedPath('/a/b'));
try { p.join('a', 1); } catch (e) { console.log(e.code, e.message); }
try { p.basename(null); } catch (e) { console.log(e.code, e.message); }
