// no timer is ever ended here, so nothing with a duration is printed: only the warnings are checked
process.on('warning', (w) => console.error('warning:', w.name, w.message));
console.time('label');
console.timeEnd('nope');
console.timeLog('nope2');
console.time('label');
console.error('done');
