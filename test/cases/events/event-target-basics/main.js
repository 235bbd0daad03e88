const et = new EventTarget();
function h(ev) { console.log('h', ev.type, ev.target === et, ev.currentTarget === et, this === et, ev.eventPhase); }
et.addEventListener('go', h);
et.addEventListener('go', h);
et.addEventListener('go', { handleEvent(ev) { console.log('object listener', ev.type); } });
et.addEventListener('go', () => console.log('once'), { once: true });
console.log(et.dispatchEvent(new Event('go')));
et.dispatchEvent(new Event('go'));
et.removeEventListener('go', h);
et.dispatchEvent(new Event('go'));
const ev = new Event('c', { cancelable: true, bubbles: true });
console.log(ev.type, ev.cancelable, ev.bubbles, ev.defaultPrevented, ev.isTrusted, typeof ev.timeStamp, ev.composed);
et.addEventListener('c', (e) => e.preventDefault());
console.log(et.dispatchEvent(ev), ev.defaultPrevented);
const nc = new Event('n');
et.addEventListener('n', (e) => e.preventDefault());
console.log(et.dispatchEvent(nc), nc.defaultPrevented);
try { et.dispatchEvent('x'); } catch (e) { console.log(e.code, e.message); }
