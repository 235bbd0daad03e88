let total = '';
process.stdin.on('readable', () => {
  let chunk;
  while ((chunk = process.stdin.read()) !== null) total += chunk.toString();
});
process.stdin.on('end', () => console.log('end:', JSON.stringify(total)));
