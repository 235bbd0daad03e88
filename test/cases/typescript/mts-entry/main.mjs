import { sep } from 'node:path';
const url         = import.meta.url;
const name         = url.slice(url.lastIndexOf('/') + 1).replace(/\.m[jt]s$/, '');
const value         = await Promise.resolve        (7);
console.log(name, sep, value, typeof require);
