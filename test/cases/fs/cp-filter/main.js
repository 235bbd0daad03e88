const fs = require('fs');
const S = 'scratch';
fs.rmSync(S, { recursive: true, force: true });
fs.mkdirSync(S);
process.on('exit', () => fs.rmSync(S, { recursive: true, force: true }));
const show = (e) => console.log(e.name, e.code, e.errno, e.syscall, e.path, e.dest, '|', e.message);
const t = (label, f) => { try { console.log(label, f()); } catch (e) { console.log(label); show(e); } };
fs.mkdirSync(S+'/s/sub',{recursive:true}); fs.writeFileSync(S+'/s/a.txt','A'); fs.writeFileSync(S+'/s/b.log','B'); fs.writeFileSync(S+'/s/sub/c.txt','C'); fs.cpSync(S+'/s', S+'/u', {recursive:true, filter:(s)=>!s.endsWith('.log')}); console.log(fs.readdirSync(S+'/u',{recursive:true}).sort()); t('async', () => fs.cpSync(S+'/s', S+'/v', {recursive:true, filter: async () => true})); fs.cp(S+'/s', S+'/w', {recursive:true, filter: async (s) => !s.endsWith('.txt')}, (e) => { console.log(e, fs.readdirSync(S+'/w',{recursive:true}).sort()); });
