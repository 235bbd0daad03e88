#!/usr/bin/env node
// Starts the first process thread at once, then loads the CLI while the thread boots.
import { prestart } from '../dist/prestart.js';

const command = process.argv[2];
if (command !== undefined && !['-h', '--help', '-v', '--version'].includes(command)) {
  prestart(new URL('../dist/worker.js', import.meta.url));
}
await import('../dist/cli.js');
