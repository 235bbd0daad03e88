// Node host tests: promise state read through the same-thread inspector session, checked against
// promises whose state and result are known.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createIntrospection } from './introspect.js';

const { promiseState } = createIntrospection();

test('[introspect promiseState] reads each state and the very result value', () => {
  const object = { a: 1 };
  const symbol = Symbol('s');
  const error = new Error('no');
  const rejected = Promise.reject(error);
  rejected.catch(() => {});
  const cases: [Promise<unknown>, { state: string; value?: unknown }][] = [
    [new Promise(() => {}), { state: 'pending' }],
    [Promise.resolve(42), { state: 'fulfilled', value: 42 }],
    [Promise.resolve(undefined), { state: 'fulfilled', value: undefined }],
    [Promise.resolve(null), { state: 'fulfilled', value: null }],
    [Promise.resolve(10n), { state: 'fulfilled', value: 10n }],
    [Promise.resolve(-0), { state: 'fulfilled', value: -0 }],
    [Promise.resolve(NaN), { state: 'fulfilled', value: NaN }],
    [Promise.resolve(symbol), { state: 'fulfilled', value: symbol }],
    [Promise.resolve(object), { state: 'fulfilled', value: object }],
    [rejected, { state: 'rejected', value: error }],
  ];
  for (const [promise, expected] of cases) {
    const got = promiseState(promise);
    assert.equal(got.state, expected.state);
    assert.ok(Object.is(got.value, expected.value), `${String(expected.value)}`);
  }
});
