for (const f of ['getuid', 'geteuid', 'getgid', 'getegid']) console.log(f, typeof process[f](), Number.isInteger(process[f]()));
console.log(Array.isArray(process.getgroups()));
console.log(typeof process.title);
process.title = 'renamed';
console.log(process.title);
