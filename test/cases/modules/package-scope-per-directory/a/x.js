module.exports = 'a/x ' + typeof require;
