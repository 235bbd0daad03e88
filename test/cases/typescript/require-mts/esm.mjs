export const answer         = 42;
const label         = 'esm';
export default label;
