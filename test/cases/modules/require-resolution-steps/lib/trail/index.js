module.exports = 'trail/index.js';
