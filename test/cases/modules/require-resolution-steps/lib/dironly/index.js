module.exports = 'dironly/index.js';
