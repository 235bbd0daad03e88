require('./bad.mjs');
