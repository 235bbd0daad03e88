exports.inner = 'from inner';
