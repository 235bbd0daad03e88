// An error raised inside a built-in method named like an Object.prototype method (toString)
// still has an ordinary stack trace.
try {
  Buffer.from('x').toString('bogus');
} catch (e) {
  console.log(e.code, e.message);
  console.log(e.stack.split('\n')[0]);
}
