module.exports = 'helper via self-reference';
