module.exports = 'pkg/lib/entry.js';
