module.exports = 'pkg/index.js';
