                       
                                                                                    
                                                  
                              
const obj = { a: 1, b: 'two' };
const k                   = 'a';
const m                     = { b: 'x' };
const c            = 'str';
const t      = 'prefix-ok';
let u          = null, nv          = [], tup                          = [1];
console.log(k, m, c, t, u, nv, tup);
