export const where = 'sub/target.mjs';
