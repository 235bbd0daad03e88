export const a = 1;
export default function f() { return 2; }
console.log('e evaluated');
