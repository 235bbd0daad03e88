// nodeling's benchmarks: every figure measured on the real node and on nodeling in the same run,
// reported as a ratio (nodeling's speed over node's: 1.0 = as fast, 0.5 = half as fast).
// Usage: npm run bench [-- --json] [-- name-filter...]
import { spawnSync } from 'node:child_process';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { figures } from './figures.js';

const args = process.argv.slice(2);
const json = args.includes('--json');
const filters = args.filter((a) => !a.startsWith('--'));
const nodeling = new URL('../bin/nodeling.cjs', import.meta.url).pathname;
const work = join(tmpdir(), `nodeling-bench-${process.pid}`);

function runOnce(runner, dir, script, scriptArgs) {
  const argv = runner === 'node' ? [script, ...scriptArgs] : [nodeling, 'run', script, ...scriptArgs];
  const started = process.hrtime.bigint();
  const result = spawnSync(process.execPath, argv, { cwd: dir, encoding: 'utf8', maxBuffer: 1 << 26 });
  const wallMs = Number(process.hrtime.bigint() - started) / 1e6;
  if (result.status !== 0) {
    throw new Error(`${runner} ${script} failed (${result.status}):\n${result.stderr}`);
  }
  return { wallMs, stdout: result.stdout };
}

function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

/**
 * A figure either times the whole process (`measure: 'wall'`) or reads the number the program
 * prints on its last line. `higherIsBetter` says whether that number is a speed or a time.
 */
function measure(figure) {
  const dir = join(work, figure.name);
  mkdirSync(dir, { recursive: true });
  const files = figure.setup(dir) ?? {};
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(join(dir, name, '..'), { recursive: true });
    writeFileSync(join(dir, name), text);
  }
  const out = {};
  // `baseline: 'nodeling-js'`: the reference column is nodeling running `baselineScript` (the
  // same program as JavaScript) instead of the real node running `script`.
  const columns = figure.baseline === 'nodeling-js'
    ? [['node', 'nodeling', figure.baselineScript], ['nodeling', 'nodeling', figure.script]]
    : [['node', 'node', figure.script], ['nodeling', 'nodeling', figure.script]];
  // A whole-process figure first runs each side once unmeasured (nodeling writes its code cache
  // on the first run after a build). The two sides then alternate, so that a change in the
  // machine's load weighs on both alike.
  if (figure.measure === 'wall') for (const [, runner, script] of columns) runOnce(runner, dir, script, figure.args ?? []);
  const samples = Object.fromEntries(columns.map(([column]) => [column, []]));
  for (let i = 0; i < (figure.runs ?? 3); i++) {
    for (const [column, runner, script] of columns) {
      const { wallMs, stdout } = runOnce(runner, dir, script, figure.args ?? []);
      samples[column].push(figure.measure === 'wall' ? wallMs : Number(stdout.trim().split('\n').pop()));
    }
  }
  for (const [column] of columns) out[column] = median(samples[column]);
  const ratio = figure.higherIsBetter ? out.nodeling / out.node : out.node / out.nodeling;
  return { nodeling: round(out.nodeling), node: round(out.node), unit: figure.unit, ratio: round(ratio, 3), target: figure.target };
}

function round(n, digits = 2) {
  const f = 10 ** digits;
  return Math.round(n * f) / f;
}

const results = {};
try {
  for (const figure of figures) {
    if (filters.length > 0 && !filters.some((f) => figure.name.includes(f))) continue;
    results[figure.name] = measure(figure);
    if (!json) {
      const r = results[figure.name];
      const mark = r.target === undefined ? '' : r.ratio >= r.target ? '  ok' : `  below target ${r.target}`;
      console.log(`${figure.name.padEnd(34)} node ${String(r.node).padStart(10)} ${r.unit.padEnd(8)} nodeling ${String(r.nodeling).padStart(10)}  ratio ${r.ratio.toFixed(3)}${mark}`);
    }
  }
} finally {
  rmSync(work, { recursive: true, force: true });
}
if (json) console.log(JSON.stringify(Object.fromEntries(Object.entries(results).map(([k, v]) => [k, { nodeling: v.nodeling, node: v.node, unit: v.unit, ratio: v.ratio }]))));
