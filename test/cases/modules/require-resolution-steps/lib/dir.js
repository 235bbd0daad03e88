module.exports = 'dir.js';
