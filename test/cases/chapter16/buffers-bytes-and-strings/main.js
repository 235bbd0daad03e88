// Section 16.3: Buffers as byte arrays that convert to and from strings.
const letters = Buffer.from([0x41, 0x42, 0x43]);
console.log(letters.toString(), letters.toString('hex'));

const machine = Buffer.from('IBM3111', 'ascii');
for (let i = 0; i < machine.length; i++) machine[i]--; // Buffers are mutable
console.log(machine.toString('ascii'));
console.log(machine.subarray(0, 3).map((x) => x + 1).toString());

const zeros = Buffer.alloc(1024);
const ones = Buffer.alloc(128, 1);
const dead = Buffer.alloc(1024, 'DEADBEEF', 'hex');
console.log(zeros.length, zeros.every((b) => b === 0), ones.length, ones.every((b) => b === 1));
console.log(dead.subarray(0, 8));
const hex = (n) => '0x' + n.toString(16).toUpperCase();
console.log(hex(dead.readUInt32BE(0)), hex(dead.readUInt32BE(1)), hex(dead.readBigUInt64BE(6)) + 'n', hex(dead.readUInt32LE(1020)));
console.log(dead.readUInt32BE(0) === 0xDEADBEEF, dead.readUInt32BE(1) === 0xADBEEFDE, dead.readBigUInt64BE(6) === 0xBEEFDEADBEEFDEADn, dead.readUInt32LE(1020) === 0xEFBEADDE);
