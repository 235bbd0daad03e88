export const b = 2;
import './e.mjs';
