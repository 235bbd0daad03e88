module.exports = 'x.js';
