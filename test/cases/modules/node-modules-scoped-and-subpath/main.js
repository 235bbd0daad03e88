console.log(require('@scope/pkg'));
console.log(require('@scope/pkg/lib/extra'));
console.log(require('@scope/pkg/package.json').version);
console.log(require.resolve('@scope/pkg/lib/extra').slice(__dirname.length));
