// A deprecation warning reaches 'warning' listeners with its name, code and message.
// (Node's printed form carries the pid, so NODE_NO_WARNINGS keeps it out of the comparison.)
process.on('warning', (w) => console.log('listener saw', w.name, w.code, w.message));
process.emitWarning('old api', 'DeprecationWarning', 'DEP0999');
process.emitWarning('plain');
