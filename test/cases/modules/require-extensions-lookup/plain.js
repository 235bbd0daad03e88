module.exports = 'plain.js';
