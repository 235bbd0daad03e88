const { Readable } = require('stream');
(async () => {
  console.log(await Readable.from([1, 2, 3, 4]).map((x) => x * 2).filter((x) => x > 2).toArray());
  console.log(await Readable.from([1, 2, 3]).reduce((a, b) => a + b, 0));
  console.log(await Readable.from(['a', 'b']).some((x) => x === 'b'), await Readable.from([1, 2]).every((x) => x > 1), await Readable.from([5, 6]).find((x) => x > 5));
  console.log(await Readable.from([1, 2, 3, 4, 5]).drop(1).take(2).toArray());
  console.log(await Readable.from([[1, 2], [3]]).flatMap((x) => x).toArray());
  const seen = []; await Readable.from(['x', 'y']).forEach((v) => seen.push(v)); console.log(seen);
})();
