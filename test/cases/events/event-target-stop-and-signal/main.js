const et = new EventTarget();
et.addEventListener('s', (e) => { console.log('first'); e.stopImmediatePropagation(); });
et.addEventListener('s', () => console.log('second not called'));
et.dispatchEvent(new Event('s'));
const ac = new AbortController();
et.addEventListener('a', () => console.log('a listener'), { signal: ac.signal });
et.dispatchEvent(new Event('a')); ac.abort(); et.dispatchEvent(new Event('a'));
console.log(ac.signal.aborted, ac.signal.reason.name, ac.signal.reason.message);
const ce = new CustomEvent('custom', { detail: { n: 1 } });
et.addEventListener('custom', (e) => console.log('detail', e.detail, e instanceof Event));
et.dispatchEvent(ce);
const ev = new Event('again'); et.dispatchEvent(ev);
try { et.dispatchEvent(ev); console.log('redispatch ok'); } catch (e) { console.log(e.name, e.code, e.message); }
