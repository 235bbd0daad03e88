export default function hello() { return 'hi'; }
export const x = 'x';
