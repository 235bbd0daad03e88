const util = require('util');
console.log(JSON.stringify(util.styleText('red', 'plain when piped')));
console.log(JSON.stringify(util.styleText(['bold', 'underline'], 'array of formats')));
console.log(JSON.stringify(util.styleText('green', '')));
try { util.styleText('nope', 'x'); } catch (e) { console.log(e.code, e.message); }
try { util.styleText('red', 5); } catch (e) { console.log(e.code, e.message); }
console.log(Object.keys(util.inspect.colors).slice(0, 5), util.inspect.styles.string, util.inspect.styles.number);
