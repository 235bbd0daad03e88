// programs layer: the `node` executable — its command line (options, script, -e, -p, stdin),
// then the program's entry point through Node's own modules.
import * as path from '../node/path.js';
import { executeUserEntryPoint, makeEvalRequire, Module } from '../node/module/cjs.js';
import { runEvalScript } from '../node/module/esm/loader.js';
import { registerSource } from '../node/internal/stack.js';
import { markSyntaxError, parsesAsScript } from '../node/internal/syntax.js'; // lazy: acorn loads for -e code or a parse error
import { reallyExit } from '../node/internal/process/execution.js';
import type { NodeProcess } from '../node/process.js';

interface NodeCommand {
  execArgv: string[];
  evalCode?: string;
  print: boolean;
  preload: string[];
  script?: string;
  args: string[];
}

/** Options that take a value in the next argument. */
const valueOptions = new Set(['-r', '--require', '--input-type', '--stack-trace-limit', '--title', '--import', '--loader']);
/** Options accepted and, for now, without effect on a virtual OS. */
const flagOptions = new Set([
  '--no-warnings', '--no-deprecation', '--trace-warnings', '--trace-deprecation', '--throw-deprecation',
  '--trace-uncaught', '--enable-source-maps', '--preserve-symlinks', '--preserve-symlinks-main',
  '--experimental-vm-modules', '--expose-gc', '--no-experimental-fetch', '--pending-deprecation',
  '--abort-on-uncaught-exception', '--experimental-default-type=commonjs',
]);

function fail(proc: NodeProcess, message: string): never {
  proc.stderr.write(`${proc.argv0}: ${message}\n`);
  return reallyExit(9);
}

function parse(proc: NodeProcess, argv: string[]): NodeCommand {
  const command: NodeCommand = { execArgv: [], print: false, preload: [], args: [] };
  let i = 0;
  for (; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--') {
      i++;
      break;
    }
    if (arg === '-' || !arg.startsWith('-')) break;
    const eq = arg.indexOf('=');
    const name = arg.startsWith('--') && eq !== -1 ? arg.slice(0, eq) : arg;
    const inline = arg.startsWith('--') && eq !== -1 ? arg.slice(eq + 1) : undefined;
    if (name === '-e' || name === '--eval' || name === '-p' || name === '--print' || name === '-pe') {
      const code = inline ?? argv[i + 1];
      if (code === undefined) fail(proc, `${name} requires an argument`);
      command.execArgv.push(arg);
      if (inline === undefined) command.execArgv.push(argv[++i]);
      command.evalCode = code;
      if (name === '-p' || name === '--print' || name === '-pe') command.print = true;
      continue;
    }
    if (valueOptions.has(name)) {
      const value = inline ?? argv[i + 1];
      if (value === undefined) fail(proc, `${name} requires an argument`);
      command.execArgv.push(arg);
      if (inline === undefined) command.execArgv.push(argv[++i]);
      if (name === '-r' || name === '--require') command.preload.push(value);
      continue;
    }
    if (flagOptions.has(arg)) {
      command.execArgv.push(arg);
      continue;
    }
    fail(proc, `bad option: ${arg}`);
  }
  const rest = argv.slice(i);
  if (command.evalCode === undefined && rest.length > 0 && rest[0] !== '-') {
    command.script = rest[0];
    command.args = rest.slice(1);
  } else {
    command.args = rest;
  }
  return command;
}

/** Runs code the way `node -e` does: a script in the global scope with CommonJS helpers as globals. */
function evalScript(proc: NodeProcess, name: string, code: string, print: boolean): void {
  const { module, require: evalRequire } = makeEvalRequire(proc.cwd(), name);
  const scope = globalThis as Record<string, unknown>;
  scope.module = module;
  scope.exports = module.exports;
  scope.require = evalRequire;
  scope.__filename = name;
  scope.__dirname = '.';
  registerSource(name, code);
  const source = `${code}\n//# sourceURL=${name}`;
  let result: unknown;
  if (parsesAsScript(code)) {
    // Code that may call import() needs the host's compiler to know where it resolves from.
    const compiled = runEvalScript(source, name, proc.cwd());
    result = compiled ? compiled.value : (0, eval)(source);
  } else {
    result = makeContextifyScript(source, name, code);
  }
  if (print) (globalThis as { console: Console }).console.log(result);
}

/** The path for code that does not parse: the engine's SyntaxError, placed as Node places it. */
function makeContextifyScript(source: string, name: string, code: string): unknown {
  try {
    return (0, eval)(source);
  } catch (error) {
    if (error instanceof SyntaxError) markSyntaxError(error, name, code, false);
    throw error;
  }
}

function evalStdinScript(proc: NodeProcess, code: string, print: boolean): void {
  evalScript(proc, '[stdin]', code, print);
}

export function runNode(proc: NodeProcess, argv: string[]): void {
  const command = parse(proc, argv);
  proc.execArgv = command.execArgv;
  if (command.execArgv.includes('--no-deprecation')) proc.noDeprecation = true;
  if (command.execArgv.includes('--no-warnings')) proc.env.NODE_NO_WARNINGS = '1';
  for (const request of command.preload) Module._load(request, null, false);
  if (command.evalCode !== undefined) {
    proc.argv = [proc.execPath, ...command.args];
    evalScript(proc, '[eval]', command.evalCode, command.print);
    return;
  }
  if (command.script !== undefined) {
    const main = path.resolve(proc.cwd(), command.script);
    proc.argv = [proc.execPath, main, ...command.args];
    executeUserEntryPoint(main);
    return;
  }
  proc.argv = [proc.execPath, ...command.args];
  const chunks: string[] = [];
  proc.stdin.setEncoding('utf8');
  proc.stdin.on('data', (chunk: string) => chunks.push(chunk));
  proc.stdin.on('end', () => evalStdinScript(proc, chunks.join(''), command.print));
}
