// Section 16.5.2: grep written with for/await over stdin.
async function grep(source, destination, pattern, encoding = 'utf8') {
  source.setEncoding(encoding);
  destination.on('error', () => process.exit());
  let incompleteLine = '';
  for await (const chunk of source) {
    const lines = (incompleteLine + chunk).split('\n');
    incompleteLine = lines.pop();
    for (const line of lines) {
      if (pattern.test(line)) destination.write(line + '\n', encoding);
    }
  }
  if (pattern.test(incompleteLine)) destination.write(incompleteLine + '\n', encoding);
}

const pattern = new RegExp(process.argv[2]);
grep(process.stdin, process.stdout, pattern).catch((err) => {
  console.error(err);
  process.exit();
});
