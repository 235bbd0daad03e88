const fs = require('fs');
const S = 'scratch';
fs.rmSync(S, { recursive: true, force: true });
fs.mkdirSync(S);
process.on('exit', () => fs.rmSync(S, { recursive: true, force: true }));
const show = (e) => console.log(e.name, e.code, e.errno, e.syscall, e.path, e.dest, '|', e.message);
const t = (label, f) => { try { console.log(label, f()); } catch (e) { console.log(label); show(e); } };
fs.writeFileSync(S+'/a', ''); fs.accessSync(S+'/a'); fs.accessSync(S+'/a', fs.constants.R_OK | fs.constants.W_OK); t('x', () => fs.accessSync(S+'/nope')); t('m', () => fs.accessSync(S+'/a', 8)); fs.access(S+'/a', fs.constants.F_OK, (e) => { console.log('cb', e); fs.access(S+'/nope', (e) => { show(e); fs.promises.access(S+'/nope').catch(show); }); });
