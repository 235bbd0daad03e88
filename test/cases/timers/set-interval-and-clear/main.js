let n = 0;
const iv = setInterval((tag) => {
  n++;
  console.log('tick', n, tag);
  if (n === 3) clearInterval(iv);
}, 2, 'arg');
const t = setTimeout(() => console.log('cleared timeout never runs'), 1);
clearTimeout(t);
const im = setImmediate(() => console.log('cleared immediate never runs'));
clearImmediate(im);
clearTimeout(undefined); clearTimeout(null); clearTimeout(12345); clearInterval('nope');
// clearTimeout and clearInterval are interchangeable
const iv2 = setInterval(() => console.log('never'), 1);
clearTimeout(iv2);
