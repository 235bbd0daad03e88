export default 1 + 1;
