export const answer: number = 42;
const label: string = 'esm';
export default label;
