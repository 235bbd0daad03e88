exports.early = true;
require('./y');
module.exports = { replaced: true };
