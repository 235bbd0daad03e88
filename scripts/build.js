// Bundles nodeling with esbuild: dist/cli.js (the CLI and the kernel, on the host), dist/worker.js
// (a process thread's host side) and dist/runtime.js (the runtime each process thread runs).
import { build } from 'esbuild';
import { fileURLToPath } from 'node:url';
import { rmSync } from 'node:fs';

const src = (p) => fileURLToPath(new URL(`../src/${p}`, import.meta.url));

// Libraries bundled into the runtime import Node built-ins by name: give them nodeling's own.
const builtinsForLibraries = {
  buffer: src('node/buffer.ts'),
  events: src('node/events.ts'),
  string_decoder: src('node/string_decoder.ts'),
  process: src('node/internal/process/shim.ts'),
};
const runtimeBuiltins = {
  name: 'nodeling-builtins',
  setup(b) {
    b.onResolve({ filter: /^(buffer|events|string_decoder|process)\/?$/ }, (args) => ({
      path: builtinsForLibraries[args.path.replace(/\/$/, '')],
    }));
    // The lexer's ESM build needs WebAssembly initialised asynchronously; its plain JS build does not.
    b.onResolve({ filter: /^cjs-module-lexer$/ }, () => ({
      path: fileURLToPath(new URL('../node_modules/cjs-module-lexer/lexer.js', import.meta.url)),
    }));
  },
};

const common = {
  bundle: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  sourcemap: false,
  logLevel: 'warning',
  keepNames: true,
  legalComments: 'none',
};

await Promise.all([
  build({ ...common, entryPoints: [src('cli/main.ts')], outfile: 'dist/cli.js' }),
  build({ ...common, entryPoints: [src('hosts/node/worker-entry.ts')], outfile: 'dist/worker.js' }),
  build({ ...common, entryPoints: [src('hosts/node/prestart.ts')], outfile: 'dist/prestart.js' }),
  // The runtime itself is host-agnostic: a CommonJS-shaped script the worker compiles with a code cache.
  build({ ...common, format: 'cjs', platform: 'neutral', mainFields: ['main', 'module'], entryPoints: [src('node/bootstrap.ts')], outfile: 'dist/runtime.js', plugins: [runtimeBuiltins] }),
]);
rmSync(fileURLToPath(new URL('../dist/runtime.cache', import.meta.url)), { force: true });
