module.exports = 'dep.cjs is CommonJS';
