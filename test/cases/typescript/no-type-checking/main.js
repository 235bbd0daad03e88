// Wrong types run anyway: stripping never checks them.
const n         = 'not a number'       ;
const s         = 42                     ;
function takesString(x        )         { return typeof x === 'string' ? 1 : 0; }
console.log(n, s, takesString(s       ));
