const up = process.uptime();
console.log(typeof up, up >= 0);
const m = process.memoryUsage();
console.log(Object.keys(m), Object.values(m).every((v) => typeof v === 'number'));
console.log(typeof process.memoryUsage.rss());
const c = process.cpuUsage();
console.log(Object.keys(c), typeof c.user);
console.log(Object.keys(process.cpuUsage(c)));
console.log(Object.keys(process.resourceUsage()));
