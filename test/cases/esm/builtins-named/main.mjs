import fs, { readFileSync, existsSync } from 'fs';
import { join } from 'node:path';
import * as pathNs from 'node:path';
import EventEmitter, { once } from 'events';
import { EventEmitter as EE2 } from 'node:events';
console.log(typeof readFileSync, fs.existsSync === existsSync, join('a', 'b'), typeof pathNs.default, typeof once, EventEmitter === EE2);
console.log(readFileSync(new URL('./main.mjs', import.meta.url), 'utf8').split('\n')[0]);
