import { v } from 'data:text/javascript,export const v = 40 + 2;';
import j from 'data:application/json,{"k":1}' with { type: 'json' };
console.log(v, j);
const b64 = await import('data:text/javascript;base64,' + btoa('export default "b64"'));
console.log(b64.default);
