module.exports = 'b/v ' + require('./package.json').name;
