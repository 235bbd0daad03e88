module.exports = 'a/deep/z ' + __filename.split('/').slice(-3).join('/');
