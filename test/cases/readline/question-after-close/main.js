const readline = require('readline');
const rl = readline.createInterface({ input: process.stdin, output: process.stdout });
rl.close();
try { rl.question('q? ', () => {}); } catch (e) { console.log(e.name, e.code, e.message); }
try { rl.write('data'); } catch (e) { console.log(e.name, e.code, e.message); }
console.log(rl.closed);
