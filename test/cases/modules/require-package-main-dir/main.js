// "main" names a directory: its index.js is used
console.log(require('./pkg'));
console.log(require.resolve('./pkg').slice(__dirname.length));
