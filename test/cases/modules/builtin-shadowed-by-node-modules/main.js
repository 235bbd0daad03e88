// a bare built-in name always wins over node_modules; a trailing slash forces the package
console.log(typeof require('fs').readFileSync);
console.log(require('fs/'));
