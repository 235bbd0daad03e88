function first   (items     )                { return items[0]; }
class Box                        {
  constructor_value   ;
  constructor(value   ) { this.constructor_value = value; }
  map                  (fn                 )         { return new Box   (fn(this.constructor_value)); }
}
const pairs                          = [['a', 1], ['b', 2]];
console.log(first                  (pairs), new Box({ n: 1 }).map((v) => ({ m: v.n + 1 })));
const m = new Map                     ();
m.set('k', new Set        ([1, 2]));
console.log(m);
