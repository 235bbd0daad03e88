export default 'dyn';
export const n = 7;
