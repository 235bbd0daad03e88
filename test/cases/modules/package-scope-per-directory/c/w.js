module.exports = 'c/w ' + typeof module;
