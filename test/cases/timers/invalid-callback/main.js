process.on('warning', (w) => console.log('warning:', w.name, '-', w.message));
for (const f of [setTimeout, setInterval, setImmediate]) {
  try { f('code string'); } catch (e) { console.log(f.name, e.code, e.message); }
}
setTimeout(() => console.log('overflowing delay fires after 1ms'), 2 ** 31);
