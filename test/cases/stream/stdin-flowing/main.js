process.stdin.setEncoding('utf8');
let total = '';
process.stdin.on('data', (c) => { total += c; });
process.stdin.on('end', () => console.log('stdin ended', JSON.stringify(total)));
