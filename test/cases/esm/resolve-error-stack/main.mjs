for (const specifier of ['./lib', './nope.mjs', 'missing-pkg', '#nothing']) {
  try {
    await import(specifier);
  } catch (e) {
    console.log(e.message);
    console.log(e.stack);
  }
}
Error.stackTraceLimit = 3;
try { await import('./nope.mjs'); } catch (e) { console.log(e.stack); }
Error.stackTraceLimit = 0;
try { await import('./lib'); } catch (e) { console.log(e.stack); }
