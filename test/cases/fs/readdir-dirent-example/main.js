const fs = require('fs');
const S = 'scratch';
fs.rmSync(S, { recursive: true, force: true });
fs.mkdirSync(S);
process.on('exit', () => fs.rmSync(S, { recursive: true, force: true }));
const show = (e) => console.log(e.name, e.code, e.errno, e.syscall, e.path, e.dest, '|', e.message);
const t = (label, f) => { try { console.log(label, f()); } catch (e) { console.log(label); show(e); } };
fs.mkdirSync(S+'/tmp/one', {recursive:true}); fs.mkdirSync(S+'/tmp/two'); fs.writeFileSync(S+'/tmp/file',''); const path = require('path'); fs.promises.readdir(S+'/tmp', {withFileTypes: true}).then(entries => { entries.filter(entry => entry.isDirectory()).map(entry => entry.name).forEach(name => console.log(path.join(S+'/tmp/', name))); });
