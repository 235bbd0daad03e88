Error.stackTraceLimit = 1;
function a() { b(); }
function b() { throw new Error('short stack'); }
a();
