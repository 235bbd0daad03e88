let n = 0;
process.stdin.on('data', () => n++);
process.stdin.on('end', () => console.log('end with', n, 'chunks'));
