// The benchmark figures. Each program prints its own measurement on its last line (or is timed
// whole), and runs unchanged on the real node and on nodeling. `target` is the ratio an issue asks for.

const statLoop = `
const fs = require('fs');
const N = 100000;
fs.statSync(__filename);
const t0 = performance.now();
for (let i = 0; i < N; i++) fs.statSync(__filename);
const ms = performance.now() - t0;
console.log(Math.round(N / (ms / 1000)));
`;

function moduleTree(count) {
  const files = {};
  // A tree: each module requires up to four children, so resolution walks real directories.
  for (let i = 0; i < count; i++) {
    const children = [1, 2, 3, 4].map((k) => i * 4 + k).filter((c) => c < count);
    const body = children.map((c) => `require('./m${c}/index.js');`).join('\n');
    const dir = i === 0 ? 'tree' : `tree/${pathOf(i)}`;
    files[`${dir}/index.js`] = `${body}\nmodule.exports = { id: ${i}, name: 'module ${i}' };\n`;
  }
  return files;

  function pathOf(i) {
    const parts = [];
    while (i > 0) {
      parts.unshift(`m${i}`);
      i = Math.floor((i - 1) / 4);
    }
    return parts.join('/');
  }
}

export const figures = [
  {
    name: 'hello: whole process',
    unit: 'ms',
    measure: 'wall',
    runs: 9,
    target: 0.5,
    script: 'hello.js',
    setup: () => ({ 'hello.js': "console.log('hello, world');\n" }),
  },
  {
    name: 'fs.statSync x100000',
    unit: 'ops/s',
    higherIsBetter: true,
    target: 0.5,
    script: 'stat.js',
    setup: () => ({ 'stat.js': statLoop }),
  },
  {
    name: 'require 200 modules',
    unit: 'ms',
    target: 1 / 3,
    script: 'main.js',
    setup: () => ({
      ...moduleTree(200),
      'main.js': "const t0 = performance.now();\nrequire('./tree/index.js');\nconsole.log(performance.now() - t0);\n",
    }),
  },
];
