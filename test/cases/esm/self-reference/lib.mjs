export default "self";
