console.log(require('./dir'));
console.log(require.resolve('./dir').slice(__dirname.length));
