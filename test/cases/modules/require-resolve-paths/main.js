const path = require('path');
const rel = (p) => path.relative(__dirname, p);
console.log(rel(require.resolve('thing', { paths: [path.join(__dirname, 'a')] })));
console.log(rel(require.resolve('thing', { paths: [path.join(__dirname, 'b')] })));
console.log(rel(require.resolve('thing', { paths: [path.join(__dirname, 'b'), path.join(__dirname, 'a')] })));
console.log(rel(require.resolve('./a/node_modules/thing')));
console.log(require.resolve.paths('thing').slice(0, 2).map(rel));
console.log(require.resolve.paths('./relative').map(rel));
console.log(require.resolve.paths('fs'));
try { require.resolve('thing'); } catch (e) { console.log(e.code); }
try { require.resolve('thing', { paths: [path.join(__dirname, 'nowhere')] }); } catch (e) { console.log(e.code, e.message.replace(__dirname, '<dir>')); }
