const all = Buffer.alloc(256); for (let i = 0; i < 256; i++) all[i] = i;
const l = all.toString('latin1'), a = all.toString('ascii'), h = all.toString('hex');
console.log(l.length, Buffer.from(l, 'latin1').equals(all), a.length, a.charCodeAt(200), h.slice(0, 20), Buffer.from(h, 'hex').equals(all));
console.log(all.toString('base64').slice(-20), Buffer.from(all.toString('base64'), 'base64').equals(all));
console.log(all.toString('utf8').length, all.toString('utf16le').length);
