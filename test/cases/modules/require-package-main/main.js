console.log(require('./pkg'));
console.log(require.resolve('./pkg').slice(__dirname.length));
