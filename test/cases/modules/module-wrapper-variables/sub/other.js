module.exports = [require('path').basename(__dirname), require('path').basename(__filename)];
