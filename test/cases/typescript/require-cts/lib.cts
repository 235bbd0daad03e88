function double(n: number): number { return n * 2; }
module.exports = { double, name: 'lib' as string };
