// Bundles nodeling with esbuild: dist/cli.cjs (the CLI and the kernel, on the host), dist/worker.cjs
// (a process thread's host side) and dist/runtime.js (the runtime each process thread runs).
import { build } from 'esbuild';
import { fileURLToPath } from 'node:url';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { nameClassesStatically } from './class-names.js';

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

// Imports a process should evaluate only when first used (zlib, assert, url...): in the runtime
// bundle, an import line marked `// lazy` becomes esbuild's lazy require() at each use, so the module
// initialises on first use. The source stays plain ESM (tsx runs it as is); its uses must sit in
// code that runs later (a thunk, an error path), never at the module's top level.
const lazyImport = /^import (?:\* as (\w+)|\{ ([\w, ]+) \}) from '([^']+)';[ \t]*\/\/ lazy\b.*\n/gm;
const lazyImports = {
  name: 'nodeling-lazy-imports',
  setup(b) {
    b.onLoad({ filter: /[\\/]src[\\/](node|programs)[\\/].*\.ts$/ }, async (args) => {
      const text = await readFile(args.path, 'utf8');
      if (!text.includes('// lazy')) return undefined;
      const rewrites = [];
      let body = text.replace(lazyImport, (_line, namespace, names, from) => {
        if (namespace) rewrites.push([namespace, `require('${from}')`]);
        else for (const name of names.split(',').map((n) => n.trim()).filter(Boolean)) rewrites.push([name, `require('${from}').${name}`]);
        return '';
      });
      for (const [name, replacement] of rewrites) body = body.replace(new RegExp(`(?<![.\\w$])${name}\\b`, 'g'), replacement);
      return { contents: body, loader: 'ts' };
    });
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

// The host-side bundles are CommonJS: Node starts a CommonJS entry, on the main thread or in a
// worker, several milliseconds sooner than an ES module. Their sources still say `import.meta.url`.
const hostCjs = {
  ...common,
  format: 'cjs',
  define: { 'import.meta.url': '__importMetaUrl' },
  // The banner comes before esbuild's own directive, so it repeats it: the sources are strict code.
  banner: { js: "'use strict';\nvar __importMetaUrl = require('node:url').pathToFileURL(__filename).href;" },
};

await Promise.all([
  build({ ...hostCjs, entryPoints: [src('cli/main.ts')], outfile: 'dist/cli.cjs' }),
  build({ ...hostCjs, entryPoints: [src('hosts/node/worker-entry.ts')], outfile: 'dist/worker.cjs' }),
  build({ ...hostCjs, entryPoints: [src('hosts/node/prestart.ts')], outfile: 'dist/prestart.cjs' }),
  // The TypeScript stripper (amaro, swc as WebAssembly): its own bundle, loaded on the first .ts file.
  build({ ...common, format: 'cjs', entryPoints: ['amaro'], outfile: 'dist/typescript.cjs' }),
  // The runtime itself is host-agnostic: a CommonJS-shaped script the worker compiles with a code cache.
  build({ ...common, format: 'cjs', platform: 'neutral', mainFields: ['main', 'module'], entryPoints: [src('node/bootstrap.ts')], outfile: 'dist/runtime.js', plugins: [runtimeBuiltins, lazyImports] }),
]);
for (const [file, sourceType] of [['cli.cjs', 'script'], ['worker.cjs', 'script'], ['prestart.cjs', 'script'], ['runtime.js', 'script']]) {
  const path = fileURLToPath(new URL(`../dist/${file}`, import.meta.url));
  writeFileSync(path, nameClassesStatically(readFileSync(path, 'utf8'), sourceType).code);
}
// Every process reads the runtime bundle: kept pure ASCII, it decodes as latin1, several times
// faster than UTF-8. esbuild escapes strings and regexes already; what is left (comments) gets
// the same \u escapes, which mean the same character anywhere they could appear.
const runtimeFile = fileURLToPath(new URL('../dist/runtime.js', import.meta.url));
const runtimeText = readFileSync(runtimeFile, 'utf8');
const asciiText = runtimeText.replace(/[^\0-\x7f]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
if (asciiText !== runtimeText) writeFileSync(runtimeFile, asciiText);
rmSync(fileURLToPath(new URL('../dist/runtime.cache', import.meta.url)), { force: true });
