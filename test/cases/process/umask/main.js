console.log(process.umask());
const old = process.umask(0o077);
console.log(old, process.umask());
console.log(process.umask('022'), process.umask());
process.umask(old);
console.log(process.umask().toString(8));
