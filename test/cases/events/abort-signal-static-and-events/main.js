const s = AbortSignal.abort('why');
console.log(s.aborted, s.reason);
try { s.throwIfAborted(); } catch (e) { console.log('thrown', e); }
const ac = new AbortController();
ac.signal.onabort = (e) => console.log('onabort', e.type);
ac.signal.addEventListener('abort', () => console.log('listener'));
ac.abort(); ac.abort();
console.log(ac.signal.reason instanceof DOMException, ac.signal.reason.name, ac.signal.reason.code);
const any = AbortSignal.any([new AbortController().signal, s]);
console.log(any.aborted, any.reason);
