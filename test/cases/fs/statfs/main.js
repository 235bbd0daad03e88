const fs = require('fs');
const S = 'scratch';
fs.rmSync(S, { recursive: true, force: true });
fs.mkdirSync(S);
process.on('exit', () => fs.rmSync(S, { recursive: true, force: true }));
const show = (e) => console.log(e.name, e.code, e.errno, e.syscall, e.path, e.dest, '|', e.message);
const t = (label, f) => { try { console.log(label, f()); } catch (e) { console.log(label); show(e); } };
const s = fs.statfsSync(S); console.log(Object.keys(s).join(), s.constructor.name, typeof s.bsize); console.log(typeof fs.statfsSync(S, {bigint:true}).blocks); fs.statfs(S, (e, s) => { console.log(e, typeof s.type); fs.promises.statfs(S).then((s) => console.log(typeof s.ffree)); t('x', () => fs.statfsSync(S+'/nope')); });
