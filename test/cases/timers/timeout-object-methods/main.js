const t = setTimeout(() => console.log('fired'), 5);
console.log(t.constructor.name, typeof t.ref, typeof t.unref, typeof t.hasRef, typeof t.refresh, typeof t.close);
console.log(t.hasRef());
console.log(t.unref() === t, t.hasRef());
console.log(t.ref() === t, t.hasRef());
console.log(typeof t[Symbol.toPrimitive], typeof t[Symbol.toPrimitive](), typeof +t, Number.isInteger(+t));
console.log(t.refresh() === t);
const i = setImmediate(() => {});
console.log(i.constructor.name, i.hasRef(), i.unref() === i, i.hasRef(), i.ref().hasRef());
const iv = setInterval(() => {}, 1000);
console.log(iv.constructor.name, iv.hasRef());
clearInterval(iv);
// the primitive id can be used to clear
const t2 = setTimeout(() => console.log('never'), 1);
clearTimeout(+t2);
const t3 = setTimeout(() => console.log('never either'), 1);
clearTimeout(String(+t3));
