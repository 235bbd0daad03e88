const add = (a        , b        )         => a + b;
const curry =          (f                   ) => (a   ) => (b   )    => f(a, b);
const asyncTwice = async (x        )                  => x * 2;
const fns                               = [(n) => n + 1, (n        )         => n * 10];
asyncTwice(21).then((v        ) => console.log(add(1, 2), curry(add)(3)(4), fns.map((f) => f(2)), v));
