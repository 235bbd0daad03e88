const { MIMEType } = require('util');
const m = new MIMEType('Text/HTML; Charset="utf-8"; q=1');
console.log(String(m), m.type, m.subtype, m.essence, m.params.get('charset'), [...m.params.keys()]);
m.params.set('x', 'y z'); console.log(m.toString(), JSON.stringify(m));
try { new MIMEType('nonsense'); } catch (e) { console.log(e.code, e.message); }
