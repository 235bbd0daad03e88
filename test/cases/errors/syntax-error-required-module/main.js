console.log('main runs first');
require('./broken');
