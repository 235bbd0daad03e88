process.emitWarning('this is hidden by NODE_NO_WARNINGS');
process.emitWarning('custom typed', 'CustomWarning', 'CODE42');
process.on('warning', (w) => console.log('listener still called:', w.name, w.code, w.message));
console.log('done');
