import a from 'pkg';
import b from 'pkg/feature';
import { createRequire } from 'node:module';
console.log(a, b);
