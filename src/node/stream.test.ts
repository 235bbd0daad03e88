// Unit tests for the stream module: each scenario runs against nodeling's `stream` and the host's
// `node:stream`, and the logs of events, return values and errors must be identical.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as hostStream from 'node:stream';
import hostPromises from 'node:stream/promises';
import * as hostWeb from 'node:stream/web';
import ours from './stream.js';
import ourPromises from './stream/promises.js';
import ourWeb from './stream/web.js';

type S = typeof hostStream & Record<string, any>;
type Log = unknown[];

function show(value: unknown): unknown {
  if (value instanceof Error) {
    const code = (value as { code?: string }).code;
    const cause = (value as { cause?: unknown }).cause;
    return `${value.name}|${code}|${value.message}${cause === undefined ? '' : `|cause:${show(cause)}`}`;
  }
  if (value instanceof Uint8Array) return `<${value.constructor.name} ${new TextDecoder().decode(value)}>`;
  return value;
}

/** Records every event the stream emits, with its arguments. */
function trace(stream: any, label: string, log: Log): void {
  const emit = stream.emit;
  stream.emit = function (this: unknown, event: string | symbol, ...args: unknown[]) {
    if (typeof event === 'string') {
      const shown = event === 'pipe' || event === 'unpipe' ? [] : args.map(show);
      log.push([`${label}:${event}`, ...shown]);
    }
    return emit.call(this, event, ...args);
  };
}

function settle(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 30));
}

type Scenario = (S: S, log: Log) => void | Promise<void>;

async function runOn(S: S, scenario: Scenario): Promise<Log> {
  const log: Log = [];
  try {
    await scenario(S, log);
  } catch (err) {
    log.push(['threw', show(err)]);
  }
  await settle();
  return log;
}

function compare(name: string, scenario: Scenario): void {
  test(`[stream] ${name}`, async () => {
    const expected = await runOn(hostStream, scenario);
    const actual = await runOn(ours as unknown as S, scenario);
    assert.deepStrictEqual(actual, expected);
  });
}

function source(S: S, chunks: unknown[], options: object = {}): any {
  const queue = chunks.slice();
  return new S.Readable({
    ...options,
    read() {
      this.push(queue.length ? queue.shift() : null);
    },
  });
}

compare('flowing mode emits data, end and close in order', (S, log) => {
  const r = source(S, ['a', 'b', 'c']);
  trace(r, 'r', log);
  r.on('data', (c: Buffer) => log.push(['got', c.toString(), r.readableLength]));
  log.push(['sync end', r.readableFlowing]);
});

compare('paused mode with readable event and read()', (S, log) => {
  const r = source(S, ['ab', 'cd', 'ef'], { highWaterMark: 3 });
  trace(r, 'r', log);
  r.on('readable', () => {
    let chunk;
    while ((chunk = r.read(3)) !== null) log.push(['read', chunk.toString(), r.readableLength]);
    log.push(['read null', r.readableLength, r.readableEnded]);
  });
});

compare('read(0), push after EOF and unshift after end', (S, log) => {
  const r = new S.Readable({ read() {} });
  trace(r, 'r', log);
  r.on('error', () => {});
  r.push('x');
  r.push(null);
  log.push(['read0', r.read(0)]);
  r.push('late');
  r.on('end', () => r.unshift('again'));
  r.resume();
});

compare('writable backpressure: write() return values and drain', (S, log) => {
  const pending: (() => void)[] = [];
  const w = new S.Writable({
    highWaterMark: 5,
    write(chunk, _enc, cb) {
      log.push(['write', chunk.toString()]);
      pending.push(cb);
    },
  });
  trace(w, 'w', log);
  for (const c of ['ab', 'cd', 'ef', 'gh']) log.push(['ret', w.write(c), w.writableLength, w.writableNeedDrain]);
  const flush = (): void => {
    const cb = pending.shift();
    if (cb) {
      cb();
      setTimeout(flush, 1);
    } else w.end('z', () => log.push(['end cb']));
  };
  setTimeout(flush, 1);
});

compare('writev batches corked writes', (S, log) => {
  const w = new S.Writable({
    writev(chunks, cb) {
      log.push(['writev', chunks.map((c) => c.chunk.toString())]);
      cb();
    },
    write(chunk, _enc, cb) {
      log.push(['write', chunk.toString()]);
      cb();
    },
  });
  trace(w, 'w', log);
  w.cork();
  w.write('a');
  w.write('b');
  process.nextTick(() => {
    w.uncork();
    w.end('c');
  });
});

compare('objectMode readable and writable', (S, log) => {
  const r = source(S, [{ n: 1 }, 0, '', [2]], { objectMode: true, highWaterMark: 2 });
  const w = new S.Writable({
    objectMode: true,
    write(chunk, _enc, cb) {
      log.push(['obj', chunk]);
      cb();
    },
  });
  trace(r, 'r', log);
  trace(w, 'w', log);
  r.pipe(w);
});

compare('setEncoding decodes multi-byte characters across chunks', (S, log) => {
  const bytes = Buffer.from('héllo wörld €');
  const r = source(S, [bytes.subarray(0, 2), bytes.subarray(2, 9), bytes.subarray(9)]);
  r.setEncoding('utf8');
  log.push(['encoding', r.readableEncoding]);
  r.on('data', (c: string) => log.push(['data', typeof c, c]));
  r.on('end', () => log.push(['end']));
});

compare('setEncoding hex and unknown encodings', (S, log) => {
  const r = source(S, ['AB']);
  r.setEncoding('hex');
  r.on('data', (c: string) => log.push(['data', c]));
  r.setEncoding('nope' as BufferEncoding);
});

compare('pipe and unpipe', (S, log) => {
  const r = new S.Readable({ read() {} });
  const w1 = new S.PassThrough();
  const w2 = new S.PassThrough();
  trace(r, 'r', log);
  trace(w1, 'w1', log);
  trace(w2, 'w2', log);
  r.pipe(w1);
  r.pipe(w2);
  r.push('one');
  setTimeout(() => {
    r.unpipe(w1);
    log.push(['flowing', r.readableFlowing]);
    r.push('two');
    r.push(null);
    w1.resume();
    w2.resume();
  }, 5);
});

compare('pipe respects destination backpressure', (S, log) => {
  let reads = 0;
  const r = new S.Readable({
    highWaterMark: 4,
    read() {
      reads++;
      this.push(reads > 6 ? null : 'xxxx');
    },
  });
  const w = new S.Writable({
    highWaterMark: 4,
    write(chunk, _enc, cb) {
      log.push(['write', chunk.length, reads]);
      setTimeout(cb, 1);
    },
  });
  trace(w, 'w', log);
  r.pipe(w);
});

compare('async iteration and breaking out destroys the stream', async (S, log) => {
  const r = source(S, ['a', 'b', 'c']);
  for await (const chunk of r) log.push(['it', chunk.toString()]);
  const r2 = source(S, ['x', 'y', 'z']);
  trace(r2, 'r2', log);
  for await (const chunk of r2) {
    log.push(['it2', chunk.toString()]);
    break;
  }
  log.push(['destroyed', r2.destroyed]);
});

compare('async iteration rethrows a stream error', async (S, log) => {
  const r = new S.Readable({ read() { this.destroy(new Error('boom')); } });
  try {
    for await (const chunk of r) log.push(['chunk', chunk]);
  } catch (err) {
    log.push(['caught', show(err)]);
  }
});

compare('Readable.from iterables, generators and strings', async (S, log) => {
  async function* gen(): AsyncGenerator<string> {
    yield 'g1';
    yield 'g2';
  }
  for (const input of [[1, 2, 3], 'whole string', gen(), Buffer.from('buf')]) {
    const r = S.Readable.from(input as Iterable<unknown>);
    log.push(['objectMode', r.readableObjectMode]);
    for await (const chunk of r) log.push(['from', show(chunk)]);
  }
  try {
    S.Readable.from(42 as unknown as Iterable<unknown>);
  } catch (err) {
    log.push(['from bad', show(err)]);
  }
});

compare('Transform and PassThrough event order', (S, log) => {
  const t = new S.Transform({
    transform(chunk, _enc, cb) {
      cb(null, chunk.toString().toUpperCase());
    },
    flush(cb) {
      this.push('!');
      cb();
    },
  });
  trace(t, 't', log);
  t.on('data', () => {});
  t.write('abc');
  t.end('def');
});

compare('pipeline with callback, success and failure', (S, log) => {
  const up = new S.Transform({ transform(c, _e, cb) { cb(null, c.toString().toUpperCase()); } });
  const out: string[] = [];
  const sink = new S.Writable({ write(c, _e, cb) { out.push(c.toString()); cb(); } });
  S.pipeline(source(S, ['a', 'b']), up, sink, (err) => log.push(['done', show(err), out.join('')]));
  const bad = new S.Transform({ transform(_c, _e, cb) { cb(new Error('bad chunk')); } });
  const src = source(S, ['a']);
  trace(src, 'src', log);
  S.pipeline(src, bad, new S.PassThrough(), (err) => log.push(['failed', show(err), src.destroyed]));
  try {
    S.pipeline(source(S, []), new S.PassThrough());
  } catch (err) {
    log.push(['no callback', show(err)]);
  }
});

compare('pipeline and finished from stream/promises', async (S, log) => {
  const p = S === hostStream ? hostPromises : (ourPromises as unknown as typeof hostPromises);
  log.push(['same object', p === (S as any).promises]);
  const chunks: string[] = [];
  await p.pipeline(source(S, ['x', 'y']), async function* (it: AsyncIterable<Buffer>) {
    for await (const c of it) yield c.toString() + '.';
  }, new S.Writable({ write(c, _e, cb) { chunks.push(c.toString()); cb(); } }));
  log.push(['pipeline', chunks]);
  const w = new S.Writable({ write(_c, _e, cb) { cb(); } });
  const fin = p.finished(w);
  w.end('x');
  await fin;
  log.push(['finished ok']);
  const r = new S.Readable({ read() {} });
  const failing = p.finished(r);
  r.destroy();
  await failing.catch((err: unknown) => log.push(['finished err', show(err)]));
  const ac = new AbortController();
  const aborting = p.pipeline(new S.Readable({ read() {} }), new S.PassThrough(), { signal: ac.signal });
  ac.abort();
  await aborting.catch((err: unknown) => log.push(['aborted', show(err)]));
});

compare('finished callback on premature close and on error', (S, log) => {
  const r = new S.Readable({ read() {} });
  S.finished(r, (err) => log.push(['r', show(err)]));
  r.destroy();
  const w = new S.Writable({ write(_c, _e, cb) { cb(new Error('nope')); } });
  const cleanup = S.finished(w, (err) => log.push(['w', show(err)]));
  log.push(['cleanup', typeof cleanup]);
  w.write('x');
  const done = new S.PassThrough();
  done.resume();
  done.end();
  setTimeout(() => S.finished(done, (err) => log.push(['late', show(err)])), 5);
});

compare('destroy semantics', (S, log) => {
  const w = new S.Writable({ write(_c, _e, cb) { cb(); } });
  trace(w, 'w', log);
  w.on('error', () => {});
  w.destroy(new Error('killed'));
  w.destroy(new Error('twice'));
  log.push(['destroyed', w.destroyed, show(w.errored)]);
  w.write('x', (err) => log.push(['write cb', show(err)]));
  const r = new S.Readable({
    read() {},
    destroy(err, cb) {
      log.push(['_destroy', show(err)]);
      setTimeout(() => cb(err), 2);
    },
  });
  trace(r, 'r', log);
  r.destroy();
  log.push(['r.destroyed', r.destroyed, r.closed]);
  const noClose = new S.Readable({ read() {}, emitClose: false });
  trace(noClose, 'nc', log);
  noClose.destroy();
  const d = new S.Duplex({ read() {}, write(_c, _e, cb) { setTimeout(cb, 5); } });
  d.write('a', (err) => log.push(['pending write 1', show(err)]));
  d.write('b', (err) => log.push(['pending write 2', show(err)]));
  d.destroy();
});

compare('write after end and null writes', (S, log) => {
  const w = new S.Writable({ write(_c, _e, cb) { cb(); } });
  trace(w, 'w', log);
  w.on('error', () => {});
  w.end();
  w.write('late', (err) => log.push(['cb', show(err)]));
  try {
    w.write(null);
  } catch (err) {
    log.push(['null', show(err)]);
  }
  try {
    new S.Writable({ write(_c, _e, cb) { cb(); } }).write(5 as unknown as string);
  } catch (err) {
    log.push(['number', show(err)]);
  }
  const w2 = new S.Writable({ write(_c, _e, cb) { cb(); cb(); } });
  trace(w2, 'w2', log);
  w2.on('error', () => {});
  w2.write('x');
});

compare('addAbortSignal destroys the stream with an AbortError', (S, log) => {
  const ac = new AbortController();
  const r = S.addAbortSignal(ac.signal, new S.Readable({ read() {} }));
  trace(r, 'r', log);
  r.on('error', () => {});
  ac.abort();
  const pre = AbortSignal.abort('why');
  const w = new S.Writable({ write(_c, _e, cb) { cb(); }, signal: pre });
  trace(w, 'w', log);
  w.on('error', () => {});
  try {
    S.addAbortSignal('x' as unknown as AbortSignal, new S.PassThrough());
  } catch (err) {
    log.push(['bad signal', show(err)]);
  }
  try {
    S.addAbortSignal(ac.signal, {} as any);
  } catch (err) {
    log.push(['bad stream', show(err)]);
  }
});

compare('state inspectors', (S, log) => {
  const r = source(S, ['a']);
  log.push(['fresh', S.isReadable(r), S.isErrored(r), S.isDisturbed(r), S.isDestroyed(r)]);
  r.read();
  log.push(['read', S.isDisturbed(r)]);
  r.on('error', () => {});
  r.destroy(new Error('x'));
  log.push(['destroyed', S.isReadable(r), S.isErrored(r), S.isDestroyed(r), S.isWritable(r)]);
  const w = new S.Writable({ write(_c, _e, cb) { cb(); } });
  log.push(['writable', S.isWritable(w), S.isReadable(w as any)]);
  log.push(['hwm', S.getDefaultHighWaterMark(false), S.getDefaultHighWaterMark(true)]);
  S.setDefaultHighWaterMark(false, 1024);
  log.push(['new hwm', new S.Readable().readableHighWaterMark, new S.Writable().writableHighWaterMark]);
  S.setDefaultHighWaterMark(false, 16384);
  log.push(['helpers', S._isUint8Array(new Uint8Array(1)), (S as any)._isArrayBufferView(new DataView(new ArrayBuffer(1)))]);
  log.push(['Buffer', Buffer.isBuffer(S._uint8ArrayToBuffer(new Uint8Array([1])))]);
});

compare('operators map, filter, take, reduce, toArray', async (S, log) => {
  const nums = (): any => S.Readable.from([1, 2, 3, 4, 5, 6]);
  log.push(['map', await nums().map((x: number) => x * 2).toArray()]);
  log.push(['filter', await nums().filter(async (x: number) => x % 2 === 0).toArray()]);
  log.push(['take', await nums().take(2).toArray(), await nums().drop(4).toArray()]);
  log.push(['reduce', await nums().reduce((a: number, b: number) => a + b, 0)]);
  log.push(['some', await nums().some((x: number) => x > 5), await nums().every((x: number) => x > 0)]);
  log.push(['find', await nums().find((x: number) => x > 3)]);
  log.push(['flatMap', await nums().take(2).flatMap((x: number) => [x, x]).toArray()]);
  log.push(['concurrency', await nums().map(async (x: number) => x, { concurrency: 3 }).toArray()]);
  try {
    nums().map(5);
  } catch (err) {
    log.push(['bad fn', show(err)]);
  }
});

compare('Duplex.from and compose', async (S, log) => {
  const upper = S.Duplex.from(async function* (source: AsyncIterable<Buffer>) {
    for await (const c of source) yield c.toString().toUpperCase();
  });
  const out: string[] = [];
  await S.promises.pipeline(source(S, ['ab', 'cd']), upper, new S.Writable({ write(c, _e, cb) { out.push(c.toString()); cb(); } }));
  log.push(['from gen', out]);
  const fromPromise = S.Duplex.from(Promise.resolve('p'));
  log.push(['from promise readable', fromPromise.readable, fromPromise.writable]);
  const composed = (S as any).compose(new S.PassThrough(), async function* (it: AsyncIterable<Buffer>) {
    for await (const c of it) yield `[${c}]`;
  });
  composed.end('z');
  log.push(['compose', (await composed.toArray()).map(String)]);
  try {
    S.Duplex.from(42);
  } catch (err) {
    log.push(['from bad', show(err)]);
  }
});

compare('Readable.toWeb and fromWeb', async (S, log) => {
  const web = S.Readable.toWeb(source(S, ['a', 'b']));
  const reader = web.getReader();
  for (;;) {
    const { value, done } = await reader.read();
    if (done) break;
    log.push(['web chunk', show(value)]);
  }
  const back = S.Readable.fromWeb(new ReadableStream({
    start(c) {
      c.enqueue(new TextEncoder().encode('w1'));
      c.enqueue(new TextEncoder().encode('w2'));
      c.close();
    },
  }) as any);
  for await (const chunk of back) log.push(['node chunk', show(chunk)]);
  const objs = S.Readable.fromWeb(new ReadableStream({ start(c) { c.enqueue({ k: 1 }); c.close(); } }) as any, { objectMode: true });
  log.push(['objects', await objs.toArray()]);
  const failing = S.Readable.fromWeb(new ReadableStream({ pull(c) { c.error(new Error('web broke')); } }) as any);
  failing.on('error', (err: unknown) => log.push(['fromWeb error', show(err)]));
  failing.resume();
  const destroyed = S.Readable.toWeb(source(S, ['a']));
  const destroyedReader = destroyed.getReader();
  const src = source(S, []);
  const web2 = S.Readable.toWeb(src).getReader();
  src.destroy(new Error('node broke'));
  await web2.read().catch((err: unknown) => log.push(['toWeb error', show(err)]));
  await destroyedReader.cancel();
  for (const bad of [() => S.Readable.toWeb({} as any), () => S.Readable.fromWeb({} as any)]) {
    try {
      bad();
    } catch (err) {
      log.push(['bad', show(err)]);
    }
  }
});

compare('Writable.toWeb, fromWeb and Duplex web pairs', async (S, log) => {
  const got: string[] = [];
  const sink = new S.Writable({ write(c, _e, cb) { got.push(c.toString()); cb(); } });
  const writer = S.Writable.toWeb(sink).getWriter();
  await writer.write(new TextEncoder().encode('to'));
  await writer.write(new TextEncoder().encode('web'));
  await writer.close();
  log.push(['toWeb wrote', got, sink.writableFinished]);
  const received: string[] = [];
  const ws = new WritableStream({ write(chunk) { received.push(new TextDecoder().decode(chunk)); } });
  const nodeSide = S.Writable.fromWeb(ws as any);
  trace(nodeSide, 'nodeSide', log);
  nodeSide.write('from');
  nodeSide.end('web', () => log.push(['fromWeb wrote', received]));
  await new Promise((resolve) => setTimeout(resolve, 10));
  const { readable, writable } = S.Duplex.toWeb(new S.PassThrough());
  const pairWriter = writable.getWriter();
  pairWriter.write(new TextEncoder().encode('echo'));
  pairWriter.close();
  const pairReader = readable.getReader();
  log.push(['pair', show((await pairReader.read()).value)]);
  const transform = new TransformStream({ transform(chunk, c) { c.enqueue(new TextDecoder().decode(chunk).toUpperCase()); } });
  const dup = S.Duplex.fromWeb(transform as any, { encoding: 'utf8' });
  dup.end('shout');
  log.push(['fromWeb duplex', await dup.toArray()]);
  for (const bad of [() => S.Writable.toWeb({} as any), () => S.Writable.fromWeb({} as any), () => S.Duplex.fromWeb({} as any), () => S.Duplex.toWeb({} as any)]) {
    try {
      bad();
    } catch (err) {
      log.push(['bad', show(err)]);
    }
  }
});

compare('duplexPair connects two sides', async (S, log) => {
  const [a, b] = (S as any).duplexPair();
  log.push(['ctor', a.constructor.name, Object.keys(a).includes('_otherSide')]);
  trace(a, 'a', log);
  trace(b, 'b', log);
  a.write('ping');
  b.once('data', (c: Buffer) => {
    log.push(['b got', c.toString()]);
    b.end('pong');
  });
  a.on('data', (c: Buffer) => log.push(['a got', c.toString()]));
  a.end();
});

compare('Symbol.asyncDispose on readable and writable', async (S, log) => {
  const r = new S.Readable({ read() {} }) as any;
  await r[Symbol.asyncDispose]();
  log.push(['r', r.destroyed, show(r.errored)]);
  const w = new S.Writable({ write(_c, _e, cb) { cb(); } }) as any;
  await w[Symbol.asyncDispose]();
  log.push(['w', w.destroyed, show(w.errored)]);
  const done = new S.Writable({ write(_c, _e, cb) { cb(); } }) as any;
  done.end();
  await new Promise((resolve) => done.on('finish', resolve));
  await done[Symbol.asyncDispose]();
  log.push(['done', show(done.errored)]);
});

compare('eventNames lists only events with listeners', (S, log) => {
  const r = new S.Readable({ read() {} });
  const d = new S.Duplex({ read() {}, write(_c, _e, cb) { cb(); } });
  log.push(['fresh', r.eventNames(), d.eventNames()]);
  const f = (): void => {};
  r.on('data', f);
  r.on('end', f);
  r.removeListener('data', f);
  log.push(['after', r.eventNames()]);
});

compare('legacy Stream class and instanceof', (S, log) => {
  const legacy = new S.Stream();
  log.push(['legacy', legacy instanceof S.Stream, typeof (legacy as any).pipe]);
  const d = new S.Duplex();
  log.push(['duplex is readable', d instanceof S.Readable, d instanceof S.Writable, d instanceof S.Stream]);
  log.push(['transform', new S.PassThrough() instanceof S.Transform, new S.Transform() instanceof S.Duplex]);
  log.push(['Stream.Stream', S.Stream.Stream === S.Stream]);
  const r = new S.Readable();
  r.on('error', (err) => log.push(['_read missing error', show(err)]));
  r.resume();
  try {
    new S.Readable({ highWaterMark: -1 });
  } catch (err) {
    log.push(['bad hwm', show(err)]);
  }
});

test('[stream] export surface matches Node 20', () => {
  const host = (hostStream as unknown as { default: Record<string, any> }).default;
  const ourModule = ours as unknown as Record<string, any>;
  assert.deepStrictEqual(Object.keys(ourModule), Object.keys(host));
  for (const name of ['Readable', 'Writable', 'Duplex', 'Transform', 'PassThrough']) {
    assert.deepStrictEqual(Object.getOwnPropertyNames(ourModule[name]).sort(), Object.getOwnPropertyNames(host[name]).sort(), name);
    assert.deepStrictEqual(Object.getOwnPropertyNames(ourModule[name].prototype).sort(), Object.getOwnPropertyNames(host[name].prototype).sort(), `${name}.prototype`);
    const symbols = (o: object): string[] => Object.getOwnPropertySymbols(o).map((s) => s.description ?? '').sort();
    assert.deepStrictEqual(symbols(ourModule[name].prototype), symbols(host[name].prototype), `${name}.prototype symbols`);
  }
  assert.deepStrictEqual(Object.getOwnPropertyNames(ourModule.Stream.prototype), Object.getOwnPropertyNames(host.Stream.prototype));
  assert.deepStrictEqual(Object.keys(ourPromises), Object.keys(hostPromises));
  assert.equal(ourPromises, ourModule.promises);
});

test('[stream/web] exports the engine web stream classes under Node names', () => {
  assert.deepStrictEqual(Object.keys(ourWeb).sort(), Object.keys(hostWeb).filter((k) => k !== 'default').sort());
  for (const [name, value] of Object.entries(ourWeb)) assert.equal(value, (hostWeb as Record<string, unknown>)[name], name);
});
