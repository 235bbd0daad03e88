import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as real from 'node:url';
import url from './url.js';

const parseInputs = [
  'http://user:pw@Host.com:8080/p/a/t/h?query=string#hash', '/simple/path?x=1', '//host/path', 'mailto:me@x.com',
  'javascript:alert(1)', 'HTTP://ÉXAMPLE.com/%7Bx}?q=1', '  \thttp://a.com/x y  ', 'http:\\\\a.com\\b\\c?d\\e',
  'http://a@b@c/d', 'http://a@b?@c', 'http://[::1]:3000/x', 'file:///etc/passwd', 'file:/x', 'xmpp:user@host',
  'http://a.com', 'http://a.com?x#y', 'http://a.com#y?x', '?only=query', '#frag', '', 'http://a_b.com/', 'a.com/x',
  'https://a.com:/x', 'http://x.com/a"b<c>', 'http://a.com/%zz',
];

test('[url parse] matches node for a table of urls', () => {
  for (const input of parseInputs) {
    for (const [q, s] of [[false, false], [true, false], [false, true]]) {
      const ours = url.parse(input, q, s);
      const theirs = real.parse(input, q, s);
      assert.deepEqual(JSON.parse(JSON.stringify(ours)), JSON.parse(JSON.stringify(theirs)), `${input} ${q} ${s}`);
    }
  }
});

const resolveTable: Array<[string, string]> = [
  ['/one/two/three', 'four'], ['http://example.com/', '/one'], ['http://example.com/one', '/two'],
  ['http://a/b/c/d;p?q', 'g'], ['http://a/b/c/d;p?q', './g'], ['http://a/b/c/d;p?q', 'g/'], ['http://a/b/c/d;p?q', '/g'],
  ['http://a/b/c/d;p?q', '//g'], ['http://a/b/c/d;p?q', '?y'], ['http://a/b/c/d;p?q', 'g?y'], ['http://a/b/c/d;p?q', '#s'],
  ['http://a/b/c/d;p?q', '../..'], ['http://a/b/c/d;p?q', '../../../g'], ['http://a/b/c/d;p?q', ''], ['http://a/b/c/d;p?q', '.'],
  ['http://a/b/c/d;p?q', 'https://x/y'], ['http://a/b/c/d;p?q', 'mailto:x@y'], ['mailto:a@b', 'c@d'], ['a/b', '../../c'],
  ['http://u:p@a/b', '//c/d'], ['http://a/b', 'https:c'], ['file:///a/b', 'c'], ['http://a/b/', '../c/./d/..'],
];

test('[url resolve] matches node', () => {
  for (const [from, to] of resolveTable) assert.equal(url.resolve(from, to), real.resolve(from, to), `${from} + ${to}`);
});

test('[url format] legacy objects and WHATWG URLs', () => {
  const objects = [
    { protocol: 'http', host: 'a.com', pathname: 'x', query: { a: [1, 2], b: 'c d' } },
    { protocol: 'file', pathname: '/x' }, { hostname: '::1', port: 80, pathname: '/p#?' },
    { protocol: 'mailto', auth: 'us er@x', hostname: 'h', search: 'q#', hash: 'h' }, { slashes: true, host: 'h' },
  ];
  for (const o of objects) assert.equal(url.format(o), real.format(o as never));
  const u = new URL('http://us:pw@xn--nxasmq6b.com:81/p?q#h');
  for (const options of [undefined, { fragment: false }, { search: false, auth: false }, { unicode: true }]) {
    assert.equal(url.format(u as never, options), real.format(u, options));
  }
});

test('[url domainToASCII] matches node', () => {
  for (const d of ['a/b', 'EXAMPLE.com', 'xn--iñvalid.com', 'ñ.com', 'a:1', '', 'a b', 'xn--nxasmq6b.com', '0x7f.1', '[::1]', 'a@b', 'ex%41mple.com']) {
    assert.equal(url.domainToASCII(d), real.domainToASCII(d), d);
    assert.equal(url.domainToUnicode(d), real.domainToUnicode(d), d);
  }
});
