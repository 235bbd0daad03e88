module.exports = 'pkg/src/index.js';
