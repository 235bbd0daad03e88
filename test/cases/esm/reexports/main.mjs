import * as all from './index.mjs';
import { renamed, z } from './index.mjs';
console.log(all, renamed, z);
