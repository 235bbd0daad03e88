let chunks = [];
process.stdin.setEncoding('utf8');
process.stdin.on('data', (d) => chunks.push(d));
process.stdin.on('end', () => {
  const text = chunks.join('');
  console.log('got %d chars, %d lines', text.length, text.split('\n').length - 1);
  console.log(JSON.stringify(text));
});
