// The oracle: runs every case under test/cases on the real node and on nodeling, in the same
// directory, and compares stdout, stderr and exit status byte for byte. Cases that touch the
// filesystem run on nodeling twice: on a mount of the host directory and on an in-memory copy.
// Usage: node scripts/diff.js [filter...] [--verbose] [--memfs-only]
import { spawn } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { cpus } from 'node:os';

const root = new URL('..', import.meta.url).pathname;
const casesDir = join(root, 'test/cases');
const nodeling = join(root, 'bin/nodeling.cjs');
const args = process.argv.slice(2);
const verbose = args.includes('--verbose');
/** Only the in-memory runs, of the cases that have them: for working on the memory filesystem. */
const memfsOnly = args.includes('--memfs-only');
const filters = args.filter((a) => !a.startsWith('--'));
const TIMEOUT_MS = 20000;

function findCases(dir, out) {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (!entry.isDirectory() || entry.name === 'node_modules') continue;
    const full = join(dir, entry.name);
    const isCase = ['main.js', 'main.cjs', 'main.mjs', 'main.ts', 'main.mts', 'main.cts', 'cmd'].some((f) => existsSync(join(full, f)));
    if (isCase) out.push(full);
    else findCases(full, out);
  }
  return out;
}

function readJson(dir, name, fallback) {
  const file = join(dir, name);
  return existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')) : fallback;
}

/** A case with a `twin` runs TypeScript on nodeling and the twin (the same program as JavaScript) on node. */
const typeScriptMains = ['main.ts', 'main.mts', 'main.cts'];

function commandOf(dir, preferTypeScript) {
  const cmd = readJson(dir, 'cmd', null);
  if (cmd) return cmd;
  const mains = ['main.js', 'main.cjs', 'main.mjs', 'main.ts', 'main.mts', 'main.cts'];
  for (const main of preferTypeScript ? [...typeScriptMains, ...mains] : mains) if (existsSync(join(dir, main))) return [main];
  return [];
}

/** Cases also run with `nodeling --memfs`: every fs case, and any case holding a `memfs` marker file. */
function usesMemfs(dir) {
  return relative(casesDir, dir).startsWith('fs/') || existsSync(join(dir, 'memfs'));
}

function run(file, argv, dir) {
  const stdinFile = join(dir, 'stdin');
  const env = { ...process.env, ...readJson(dir, 'env', {}) };
  return new Promise((resolve) => {
    const child = spawn(file, argv, { cwd: dir, env, stdio: ['pipe', 'pipe', 'pipe'] });
    const out = [];
    const err = [];
    child.stdout.on('data', (d) => out.push(d));
    child.stderr.on('data', (d) => err.push(d));
    const timer = setTimeout(() => child.kill('SIGKILL'), TIMEOUT_MS);
    child.stdin.on('error', () => {});
    child.stdin.end(existsSync(stdinFile) ? readFileSync(stdinFile) : undefined);
    child.on('close', (status, signal) => {
      clearTimeout(timer);
      resolve({ stdout: Buffer.concat(out), stderr: Buffer.concat(err), status, signal });
    });
  });
}

function firstDifference(a, b) {
  const n = Math.min(a.length, b.length);
  let i = 0;
  while (i < n && a[i] === b[i]) i++;
  const lineStart = i === 0 ? 0 : a.lastIndexOf(10, i - 1) + 1;
  const show = (buf) => JSON.stringify(buf.subarray(lineStart, Math.min(buf.length, i + 60)).toString());
  return `at byte ${i}:\n      node:     ${show(a)}\n      nodeling: ${show(b)}`;
}

function compare(expected, actual) {
  const problems = [];
  if (!expected.stdout.equals(actual.stdout)) problems.push(`stdout differs ${firstDifference(expected.stdout, actual.stdout)}`);
  if (!expected.stderr.equals(actual.stderr)) problems.push(`stderr differs ${firstDifference(expected.stderr, actual.stderr)}`);
  if (expected.status !== actual.status || expected.signal !== actual.signal) {
    problems.push(`exit differs: node ${expected.status}/${expected.signal}, nodeling ${actual.status}/${actual.signal}`);
  }
  return problems;
}

/**
 * Runs one case and returns the problems of each nodeling mode, by mode ('' for the host mount).
 * The in-memory run goes first: it copies the case directory, which must not yet hold the files
 * the other runs create (and clean up) while they run.
 */
async function runCase(dir) {
  const extra = readJson(dir, 'args', []);
  const twin = readJson(dir, 'twin', null);
  const argv = [...commandOf(dir, twin !== null), ...extra];
  const inMemory = usesMemfs(dir) ? await run(process.execPath, [nodeling, '--memfs', 'run', ...argv], dir) : null;
  const expected = await run(process.execPath, twin ? [...twin, ...extra] : argv, dir);
  const results = [];
  if (!memfsOnly) results.push(['', compare(expected, await run(process.execPath, [nodeling, 'run', ...argv], dir))]);
  if (inMemory !== null) results.push(['memfs', compare(expected, inMemory)]);
  return results;
}

const cases = findCases(casesDir, []).sort()
  .filter((dir) => filters.length === 0 || filters.some((f) => relative(casesDir, dir).includes(f)))
  .filter((dir) => !memfsOnly || usesMemfs(dir));

/**
 * Cases nodeling is known to fail, each with the reason (test/cases/known-failures.txt). They
 * still run and are still compared: a known failure is reported on its own line, and one that
 * starts passing fails the run until it is taken off the list, so the list cannot go stale.
 */
function readKnownFailures() {
  const file = join(casesDir, 'known-failures.txt');
  const known = new Map();
  if (!existsSync(file)) return known;
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    const text = line.trim();
    if (text === '' || text.startsWith('#')) continue;
    // The --memfs run of a case is listed with its mode after the name: `fs/some-case [memfs] why`.
    const [name, ...reason] = text.split(/\s+/);
    const mode = /^\[\w+\]$/.test(reason[0] ?? '') ? ` ${reason.shift()}` : '';
    known.set(name + mode, reason.join(' '));
  }
  return known;
}
const known = readKnownFailures();

let passed = 0;
let failed = 0;
let knownFailing = 0;
let next = 0;
let memfsRuns = 0;
function report(name, problems) {
  if (name.endsWith(' [memfs]')) memfsRuns++;
  if (known.has(name)) {
    if (problems.length === 0) {
      failed++;
      console.log(`FAIL ${name}\n    passes now: take it off test/cases/known-failures.txt`);
    } else {
      knownFailing++;
      console.log(`known ${name}: ${known.get(name)}`);
      if (verbose) console.log(`    ${problems.join('\n    ')}`);
    }
  } else if (problems.length === 0) {
    passed++;
    if (verbose) console.log(`ok   ${name}`);
  } else {
    failed++;
    console.log(`FAIL ${name}\n    ${problems.join('\n    ')}`);
  }
}

async function worker() {
  while (next < cases.length) {
    const dir = cases[next++];
    const name = relative(casesDir, dir);
    for (const [mode, problems] of await runCase(dir)) report(mode === '' ? name : `${name} [${mode}]`, problems);
  }
}
const started = Date.now();
await Promise.all(Array.from({ length: Math.max(1, Math.min(4, cpus().length)) }, worker));
if (!verbose) console.log(`(${passed} runs passed silently; --verbose lists them)`);
console.log(`differential cases: ${cases.length} (${memfsRuns} of them also with --memfs) in ${((Date.now() - started) / 1000).toFixed(1)}s; ${knownFailing} known failures still fail as recorded`);
console.log(`${passed} passed, ${failed} failed`);
if (statSync(casesDir).isDirectory() && cases.length === 0) process.exit(1);
process.exit(failed === 0 ? 0 : 1);
