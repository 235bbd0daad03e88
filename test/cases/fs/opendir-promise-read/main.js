const fs = require('fs');
const S = 'scratch';
fs.rmSync(S, { recursive: true, force: true });
fs.mkdirSync(S);
process.on('exit', () => fs.rmSync(S, { recursive: true, force: true }));
const show = (e) => console.log(e.name, e.code, e.errno, e.syscall, e.path, e.dest, '|', e.message);
const t = (label, f) => { try { console.log(label, f()); } catch (e) { console.log(label); show(e); } };
fs.writeFileSync(S+'/a',''); (async () => { const d = await fs.promises.opendir(S, {bufferSize: 1}); console.log((await d.read()).name, await d.read()); await d.close(); await d.close().catch((e) => console.log(e.code, e.message)); await fs.promises.opendir(S+'/nope').catch(show); t('bs', () => fs.opendirSync(S, {bufferSize: 0})); })();
