export const a1 = 1, z = 26;
export default 'not re-exported by star';
