export default "self-sub";
