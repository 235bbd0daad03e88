module.exports = 'common.cjs';
