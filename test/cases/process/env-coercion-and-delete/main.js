console.log(process.env.CASE_VAR, 'CASE_VAR' in process.env, typeof process.env.MISSING_VAR, 'MISSING_VAR' in process.env);
process.env.NUM = 42;
process.env.BOOL = true;
process.env.NUL = null;
process.env.UNDEF = undefined;
process.env.OBJ = { a: 1 };
console.log(JSON.stringify([process.env.NUM, process.env.BOOL, process.env.NUL, process.env.UNDEF, process.env.OBJ]));
console.log(typeof process.env.NUM);
console.log(delete process.env.NUM, 'NUM' in process.env, process.env.NUM);
console.log(delete process.env.NEVER_SET);
console.log(Object.keys(process.env).includes('CASE_VAR'), Object.prototype.hasOwnProperty.call(process.env, 'CASE_VAR'));
try { process.env.SYM = Symbol('s'); } catch (e) { console.log(e.name, e.message); }
