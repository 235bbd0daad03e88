exports.named = 'n';
module.exports.other = function other() {};
Object.defineProperty(exports, 'hidden', { value: 1, enumerable: false });
