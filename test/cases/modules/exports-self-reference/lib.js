module.exports = 'lib via self-reference';
