exports.ready = false;
require('./q');
