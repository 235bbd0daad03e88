module.exports = 'y.js';
