(async () => {
  const parts = [];
  for await (const chunk of process.stdin) parts.push(chunk);
  const buf = Buffer.concat(parts);
  console.log(Buffer.isBuffer(parts[0]), buf.length);
  console.log(buf.toString().trim().split('\n').map((l) => l.toUpperCase()));
})();
