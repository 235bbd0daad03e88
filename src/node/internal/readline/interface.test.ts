// Unit tests for src/node/internal/readline/interface.ts: line splitting compared with the host's
// real readline for chunked input (CR, LF, CRLF, split sequences, a final partial line).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as hostReadline from 'node:readline';
import { PassThrough as HostPassThrough } from 'node:stream';
import { PassThrough } from '../../stream.js';
import { createInterface } from '../../readline.js';

const inputs: string[][] = [
  ['a\nb\n'], ['a\r\nb\r\n'], ['a\rb\r'], ['a\r', '\nb'], ['a', 'b\n', 'c'], ['\n\n\n'], ['x\r\r\ny'],
  ['one\r', '\r\n', 'two'], ['', 'z'], ['tail only'], ['\r'], ['\r\n'], ['a\n\r\nb\n\rc'],
];

function collect(create: (input: any) => any, PT: any, chunks: string[]): Promise<string[]> {
  return new Promise((resolve) => {
    const input = new PT();
    const rl = create({ input });
    const lines: string[] = [];
    rl.on('line', (line: string) => lines.push(line));
    rl.on('close', () => resolve(lines));
    for (const chunk of chunks) input.write(chunk);
    input.end();
  });
}

test('[readline Interface] splits lines as the host does', async () => {
  for (const chunks of inputs) {
    const ours = await collect(createInterface as any, PassThrough, chunks);
    const theirs = await collect(hostReadline.createInterface as any, HostPassThrough, chunks);
    assert.deepEqual(ours, theirs, JSON.stringify(chunks));
  }
});
