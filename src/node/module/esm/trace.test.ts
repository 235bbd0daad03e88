import { test } from 'node:test';
import assert from 'node:assert/strict';
import { atSite, decorateLoaderError, hintFor, siteOf } from './trace.js';
import { internalArrowOf } from '../../internal/stack.js';

test('[esm trace] hints name what the CommonJS loader found, as Node 20 words them', () => {
  // Expected values are real Node 20.20's "Did you mean to import ..." suggestions.
  const table: [string, string, string, string | undefined][] = [
    ['./lib2', '/tmp/app/s.mjs', '/tmp/app/lib2.js', './lib2.js'],
    ['../app/lib2', '/tmp/app/s.mjs', '/tmp/app/lib2.js', './lib2.js'],
    ['./dir', '/tmp/app/s.mjs', '/tmp/app/dir/index.js', './dir/index.js'],
    ['../x', '/tmp/app/sub/s.mjs', '/tmp/app/x.js', '../x.js'],
    ['plain/sub', '/tmp/app/s.mjs', '/tmp/app/node_modules/plain/sub.js', 'plain/sub.js'],
    ['@scope/pkg/a b', '/tmp/app/s.mjs', '/tmp/app/node_modules/@scope/pkg/a b.js', '@scope/pkg/a%20b.js'],
    ['./same.js', '/tmp/app/s.mjs', '/tmp/app/same.js', undefined],
  ];
  for (const [specifier, parent, found, hint] of table) assert.equal(hintFor(specifier, parent, found), hint, specifier);
});

test('[esm trace] a decorated error has Node\'s frames under the limit, and its arrow', () => {
  const error = atSite(Object.assign(new Error('Cannot find package \'x\' imported from /a.mjs'), { code: 'ERR_MODULE_NOT_FOUND' }), 'package');
  assert.equal(siteOf(error), 'package');
  const limit = Error.stackTraceLimit;
  Error.stackTraceLimit = 3;
  try {
    decorateLoaderError(error, 'static', undefined);
  } finally {
    Error.stackTraceLimit = limit;
  }
  assert.equal(error.stack, 'Error [ERR_MODULE_NOT_FOUND]: Cannot find package \'x\' imported from /a.mjs\n' +
    '    at packageResolve (node:internal/modules/esm/resolve:873:9)\n' +
    '    at moduleResolve (node:internal/modules/esm/resolve:946:18)\n' +
    '    at defaultResolve (node:internal/modules/esm/resolve:1188:11)');
  assert.match(internalArrowOf(error) ?? '', /^node:internal\/modules\/esm\/resolve:873\n/);
  assert.equal(siteOf(error), undefined, 'decorated once');
});
