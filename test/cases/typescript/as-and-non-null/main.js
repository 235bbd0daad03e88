const input          = '42';
const n = Number(input          );
const list = [1, 2, 3]         ;
const found = [5, 6].find((x) => x > 5) ;
const el = (({ a: 1 })           )                 ;
console.log(n + 1, list, found, el.a, (input          ).length);
