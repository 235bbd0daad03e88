export default import.meta.url;
