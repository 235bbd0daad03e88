const ok = (n) => typeof n === 'number' && Number.isInteger(n) && n > 0;
console.log(ok(process.pid), ok(process.ppid), process.pid !== process.ppid);
