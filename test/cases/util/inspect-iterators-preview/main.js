const util=require('util');const k={a:1};const wm=new WeakMap([[k,2]]);const ws=new WeakSet([k,{b:2}]);
console.log(util.inspect(wm,{showHidden:true}), util.inspect(ws,{showHidden:true}), util.inspect(wm));
const m=new Map([[3,'c'],[1,'a'],[2,'b']]);console.log(util.inspect(m.entries(),{sorted:true}), util.inspect(m.keys(),{sorted:true,maxArrayLength:2}), util.inspect(m.entries(),{maxArrayLength:0}));
const big=new Map(); for(let i=0;i<30;i++) big.set('key'+i, {v:i}); console.log(util.inspect(big.entries()));
const it=m.values(); it.foo=1; console.log(util.inspect(it), util.inspect(new Set([[1,2]]).entries(), {depth:0}));
console.log(util.inspect({x:m.keys()}, {depth:0}), util.inspect(new Set([-0, NaN, 1n, Symbol('s'), undefined, null]).values()));
const e = m.entries(); e.next(); e.next(); e.next(); console.log(e, m.keys(), [m.entries()]);
console.log(util.inspect(new Map([[{deep:{deeper:{deepest:1}}}, [1,[2,[3,[4]]]]]]).entries(), {depth: 1}));
