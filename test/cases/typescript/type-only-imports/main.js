                                         
import { area,             } from './shapes.js';
const c         = { kind: 'circle', r: 2 };
const shapes          = [c, { kind: 'square', side: 3 }];
console.log(shapes.map(area).map((a) => a.toFixed(2)));
