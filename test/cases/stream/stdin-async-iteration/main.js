(async () => {
  const chunks = [];
  for await (const c of process.stdin) chunks.push(c);
  const text = Buffer.concat(chunks).toString();
  console.log(text.split('\n').filter(Boolean).map((l) => l.toUpperCase()));
})();
