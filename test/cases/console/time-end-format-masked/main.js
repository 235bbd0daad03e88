// capture what console.timeLog/timeEnd write and mask the durations, keeping the shape
const lines = [];
const realWrite = process.stdout.write;
process.stdout.write = function (chunk) { lines.push(String(chunk)); return true; };
console.time();
console.time('work');
console.timeLog('work', 'extra', { n: 1 });
console.timeEnd('work');
console.timeEnd();
process.stdout.write = realWrite;
for (const l of lines) console.log(JSON.stringify(l.replace(/\d+(\.\d+)?(ms|s)\b/g, '<N>$2').replace(/<N>s\b/, '<N>ms')));
