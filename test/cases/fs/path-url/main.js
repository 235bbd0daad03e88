const fs = require('fs');
const S = 'scratch';
fs.rmSync(S, { recursive: true, force: true });
fs.mkdirSync(S);
process.on('exit', () => fs.rmSync(S, { recursive: true, force: true }));
const show = (e) => console.log(e.name, e.code, e.errno, e.syscall, e.path, e.dest, '|', e.message);
const t = (label, f) => { try { console.log(label, f()); } catch (e) { console.log(label); show(e); } };
fs.writeFileSync(S+'/a', 'url'); const u = require('url').pathToFileURL ? null : null; const url = new URL('file://' + fs.realpathSync(S) + '/a'); console.log(fs.readFileSync(url, 'utf8'), fs.existsSync(url), fs.statSync(url).size); t('a', () => fs.readFileSync(new URL('http://x/y'))); t('b', () => fs.readFileSync(new URL('file://host/y'))); t('c', () => fs.readFileSync(new URL('file:///a%2fb')));
