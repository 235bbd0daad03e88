try {
  require('./bad.json');
} catch (e) {
  console.log(e.name);
  console.log(e.message.replace(__dirname, '<dir>'));
}
