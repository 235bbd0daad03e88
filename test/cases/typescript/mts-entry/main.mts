import { sep } from 'node:path';
const url: string = import.meta.url;
const name: string = url.slice(url.lastIndexOf('/') + 1).replace(/\.m[jt]s$/, '');
const value: number = await Promise.resolve<number>(7);
console.log(name, sep, value, typeof require);
