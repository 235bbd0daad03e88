const util = require('util');
const log = util.debuglog('quiet');
log('nothing');
console.log('enabled', log.enabled);
