process.on('warning', (w) => {
  console.log(w instanceof Error, w.name, JSON.stringify(w.code), w.message, JSON.stringify(w.detail));
});
process.emitWarning('plain message');
process.emitWarning('typed', 'MyWarning');
process.emitWarning('with code', 'MyWarning', 'MY_CODE');
process.emitWarning('options form', { type: 'OptWarning', code: 'OPT', detail: 'some detail' });
const e = new Error('from an error object');
e.name = 'ErrWarning';
process.emitWarning(e);
process.emitWarning('deprecated thing', 'DeprecationWarning', 'DEP0999');
console.log('sync end: warnings are emitted on a later tick');
