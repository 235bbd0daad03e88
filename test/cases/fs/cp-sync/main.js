const fs = require('fs');
const S = 'scratch';
fs.rmSync(S, { recursive: true, force: true });
fs.mkdirSync(S);
process.on('exit', () => fs.rmSync(S, { recursive: true, force: true }));
const show = (e) => console.log(e.name, e.code, e.errno, e.syscall, e.path, e.dest, '|', e.message);
const t = (label, f) => { try { console.log(label, f()); } catch (e) { console.log(label); show(e); } };
fs.mkdirSync(S+'/s/sub',{recursive:true}); fs.writeFileSync(S+'/s/a','A'); fs.writeFileSync(S+'/s/sub/b','B'); fs.writeFileSync(S+'/f','x'); fs.mkdirSync(S+'/dd'); t('same', () => fs.cpSync(S+'/s', S+'/s')); t('self', () => fs.cpSync(S+'/s', S+'/s/sub/x', {recursive:true})); t('nondir', () => fs.cpSync(S+'/f', S+'/dd')); t('missing', () => fs.cpSync(S+'/nope', S+'/x')); t('norec', () => fs.cpSync(S+'/s', S+'/e')); t('ok', () => fs.cpSync(S+'/s', S+'/t', {recursive:true})); console.log(fs.readdirSync(S+'/t', {recursive:true})); t('eexist', () => fs.cpSync(S+'/f', S+'/t/a', {force:false, errorOnExist:true})); t('noforce', () => fs.cpSync(S+'/f', S+'/t/a', {force:false})); console.log(fs.readFileSync(S+'/t/a','utf8')); fs.cpSync(S+'/f', S+'/t/a'); console.log(fs.readFileSync(S+'/t/a','utf8')); fs.cpSync(S+'/f', S+'/deep/er/x'); console.log(fs.readFileSync(S+'/deep/er/x','utf8'));
