#!/usr/bin/env node
'use strict';
// Starts the first process thread at once, then loads the CLI while the thread boots. CommonJS,
// like the bundles it loads: Node starts a CommonJS entry sooner than an ES module.
const { pathToFileURL } = require('node:url');

const command = process.argv[2];
if (command !== undefined && !['-h', '--help', '-v', '--version'].includes(command)) {
  require('../dist/prestart.cjs').prestart(pathToFileURL(require.resolve('../dist/worker.cjs')));
}
require('../dist/cli.cjs');
