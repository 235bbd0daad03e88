import type { Shape } from './shapes.ts';
import { area, type Circle } from './shapes.ts';
const c: Circle = { kind: 'circle', r: 2 };
const shapes: Shape[] = [c, { kind: 'square', side: 3 }];
console.log(shapes.map(area).map((a) => a.toFixed(2)));
