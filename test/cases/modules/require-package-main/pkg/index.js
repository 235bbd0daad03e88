module.exports = 'pkg/index.js (should not load)';
