module.exports = 'onlycjs.cjs';
