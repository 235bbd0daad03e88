const { addAbortSignal, Readable } = require('stream');
const ac = new AbortController();
const r = addAbortSignal(ac.signal, new Readable({ read() {} }));
r.on('error', (e) => console.log('error', e.name, e.code, e.message, e.cause.name, e.cause.message));
r.on('close', () => console.log('close', r.destroyed));
ac.abort();
const r2 = new Readable({ read() {}, signal: AbortSignal.abort('reason') });
r2.on('error', (e) => console.log('pre-aborted', e.name, e.cause));
try { addAbortSignal('x', r); } catch (e) { console.log(e.code, e.message); }
try { addAbortSignal(ac.signal, {}); } catch (e) { console.log(e.code, e.message); }
