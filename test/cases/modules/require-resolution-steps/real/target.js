module.exports = { file: __filename, id: Math.random() };
