export * from './a.mjs';
export { b as renamed } from './b.mjs';
export * as nsB from './b.mjs';
