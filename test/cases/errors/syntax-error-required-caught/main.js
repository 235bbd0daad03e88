try { require('./broken'); } catch (e) {
  console.log(e.name, e.message, e instanceof SyntaxError);
}
try { require('./broken'); } catch (e) { console.log('second require throws again:', e.name); }
