module.exports = 'local module found relative to cwd';
