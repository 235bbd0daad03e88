module.exports = 'pkg main ' + require('path').basename(__filename);
