console.log(require('fs') === require('node:fs'));
console.log(require('path') === require('node:path'));
console.log(require('events') === require('node:events'), typeof require('events'));
console.log(require('timers/promises') === require('node:timers/promises'));
console.log(require('util').inspect === require('node:util').inspect);
console.log(require('process') === process, require('node:process') === process);
console.log(require('module').builtinModules.includes('fs'), require('module').builtinModules.includes('node:fs'));
console.log(require.resolve('fs'), require.resolve('node:fs'));
// node:-only built-in
console.log(typeof require('node:test'));
try { require('test'); } catch (e) { console.log(e.code, e.message.split('\n')[0]); }
try { require('node:nope'); } catch (e) { console.log(e.code, e.message); }
