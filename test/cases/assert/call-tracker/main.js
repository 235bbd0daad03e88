const assert = require('assert');
process.on('warning', (w) => console.log('warning:', w.name, w.code, w.message));
const tracker = new assert.CallTracker();
function add(a, b) { return a + b; }
const tracked = tracker.calls(add, 2);
console.log(tracked(1, 2));
console.log(tracker.getCalls(tracked).length);
const report = tracker.report();
console.log(report.length, report[0].message, report[0].actual, report[0].expected, report[0].operator);
try { tracker.verify(); } catch (e) { console.log(e.code, e.message); }
tracked(3, 4);
tracker.verify();
console.log('verified');
tracker.reset(tracked);
console.log(tracker.getCalls(tracked).length);
