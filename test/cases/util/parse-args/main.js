const { parseArgs } = require('util');
const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    verbose: { type: 'boolean', short: 'v' },
    name: { type: 'string' },
    count: { type: 'string', short: 'c' },
    tag: { type: 'string', multiple: true },
    color: { type: 'string', default: 'blue' },
  },
});
console.log(values, positionals);
const withTokens = parseArgs({ args: ['-ab', '--x=1', 'pos'], strict: false, tokens: true, allowPositionals: true, options: { a: { type: 'boolean', short: 'a' } } });
console.log(JSON.stringify(withTokens.values), withTokens.positionals, withTokens.tokens);
const neg = parseArgs({ args: ['--no-color'], options: { color: { type: 'boolean' } }, allowNegative: true, strict: false });
console.log(neg.values);
