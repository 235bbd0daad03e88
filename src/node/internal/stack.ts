// node layer: stack traces as Node prints them. Frames of the program are written the way V8
// writes them; frames of nodeling's own runtime are replaced by the frames Node's internals would
// show at that point (so a trace reads `at Module._compile (node:internal/...)` as on Node), and
// the CommonJS wrapper's shift of line-1 columns is undone.

interface CallSite {
  getThis(): unknown;
  getTypeName(): string | null;
  getFunction(): Function | undefined;
  getFunctionName(): string | null;
  getMethodName(): string | null;
  getFileName(): string | undefined;
  getLineNumber(): number | null;
  getColumnNumber(): number | null;
  getScriptNameOrSourceURL(): string | undefined;
  isToplevel(): boolean;
  isEval(): boolean;
  isNative(): boolean;
  isConstructor(): boolean;
  isAsync(): boolean;
  isPromiseAll(): boolean;
  getPromiseIndex(): number | null;
}

/** A frame of Node's internals: its text, and the source line Node shows when it throws there. */
interface InternalFrame {
  text: string;
  arrow?: string;
  /** A different text when the frame inside it is the named runtime function. */
  calling?: Record<string, string>;
}

const loader = 'node:internal/modules/cjs/loader';

/** Our runtime's function name → the frames Node shows instead (innermost first). */
const internalFrames: Record<string, InternalFrame[]> = {
  executeUserEntryPoint: [
    { text: 'Function.executeUserEntryPoint [as runMain] (node:internal/modules/run_main:164:12)' },
    { text: 'node:internal/main/run_main_module:28:49' },
  ],
  _load: [{ text: `Module._load (${loader}:1091:12)`, calling: { _resolveFilename: `Module._load (${loader}:1038:27)` } }],
  load: [{ text: `Module.load (${loader}:1266:32)` }],
  loadJsExtension: [{ text: `Module._extensions..js (${loader}:1623:10)` }],
  loadJsonExtension: [{ text: `Module._extensions..json (${loader}:1376:39)` }],
  _compile: [{ text: `Module._compile (${loader}:1521:14)`, calling: { wrapSafe: `Module._compile (${loader}:1495:20)` } }],
  wrapSafe: [{ text: `wrapSafe (${loader}:1464:18)` }],
  moduleRequire: [{ text: `Module.require (${loader}:1289:19)` }],
  require: [{ text: 'require (node:internal/modules/helpers:182:18)' }],
  _resolveFilename: [{ text: `Module._resolveFilename (${loader}:1207:15)`, arrow: `${loader}:1210\n  throw err;\n  ^\n` }],
  evalScript: [
    { text: 'runScriptInThisContext (node:internal/vm:209:10)' },
    { text: 'node:internal/process/execution:118:14' },
    { text: '[eval]-wrapper:6:24' },
    { text: 'runScript (node:internal/process/execution:101:62)' },
    { text: 'evalScript (node:internal/process/execution:133:3)' },
    { text: 'node:internal/main/eval_string:51:3' },
  ],
  evalStdinScript: [
    { text: 'runScriptInThisContext (node:internal/vm:209:10)' },
    { text: 'node:internal/process/execution:118:14' },
    { text: '[stdin]-wrapper:6:24' },
    { text: 'runScript (node:internal/process/execution:101:62)' },
    { text: 'evalScript (node:internal/process/execution:133:3)' },
    { text: 'node:internal/main/eval_stdin:32:5' },
    { text: 'Socket.<anonymous> (node:internal/process/execution:234:5)' },
    { text: 'Socket.emit (node:events:536:35)' },
    { text: 'endReadableNT (node:internal/streams/readable:1698:12)' },
    { text: 'process.processTicksAndRejections (node:internal/process/task_queues:82:21)' },
  ],
  listOnTimeout: [
    { text: 'listOnTimeout (node:internal/timers:581:17)' },
    { text: 'process.processTimers (node:internal/timers:519:7)' },
  ],
  processImmediate: [{ text: 'process.processImmediate (node:internal/timers:483:21)' }],
  processTicksAndRejections: [{ text: 'process.processTicksAndRejections (node:internal/process/task_queues:77:11)' }],
  emit: [{ text: '%T.emit (node:events:524:28)' }],
  statSync: [{ text: 'Object.statSync (node:fs:1681:25)' }],
  readFileSync: [
    { text: 'Object.openSync (node:fs:573:18)', arrow: 'node:fs:573\n  return binding.open(\n                 ^\n' },
    { text: 'Object.readFileSync (node:fs:452:35)' },
  ],
};

/** Where a microtask run by the engine between our tasks sits in Node's own stack. */
let microtaskTail: InternalFrame[] = [{ text: 'process.processTicksAndRejections (node:internal/process/task_queues:95:5)' }];

let runtimeScript = '';
const wrapperOffsets = new Map<string, number>();
/** Arrow text of the innermost internal frame of each error, for the fatal-exception printer. */
const internalArrows = new WeakMap<object, string>();

/** Scripts compiled inside the CommonJS wrapper: their first line is shifted by `offset` columns. */
export function registerWrappedScript(name: string, offset: number): void {
  wrapperOffsets.set(name, offset);
}

export function internalArrowOf(error: object): string | undefined {
  return internalArrows.get(error);
}

export function setInternalArrow(error: object, arrow: string): void {
  internalArrows.set(error, arrow);
}

export interface ThrowSite { file: string; line: number; column: number }
const throwSites = new WeakMap<object, ThrowSite>();
const sources = new Map<string, string>();

/** The innermost frame of the program in an error's stack, once its stack has been formatted. */
export function throwSiteOf(error: object): ThrowSite | undefined {
  void (error as { stack?: unknown }).stack;
  return throwSites.get(error);
}

/** Remembers the source of each script the runtime compiles, for the lines under a fatal error. */
export function registerSource(name: string, source: string): void {
  sources.set(name, source);
}

export function sourceLine(name: string, line: number): string | undefined {
  const source = sources.get(name);
  if (source === undefined) return undefined;
  let start = 0;
  for (let i = 1; i < line; i++) {
    start = source.indexOf('\n', start) + 1;
    if (start === 0) return undefined;
  }
  let end = source.indexOf('\n', start);
  if (end === -1) end = source.length;
  return source.slice(start, end).replace(/\r$/, '');
}

export function setMicrotaskTail(frames: InternalFrame[]): void {
  microtaskTail = frames;
}

function isRuntimeFrame(site: CallSite): boolean {
  const name = site.getFileName() ?? site.getScriptNameOrSourceURL();
  return name === runtimeScript;
}

function location(site: CallSite): string {
  if (site.isNative()) return 'native';
  const file = site.getScriptNameOrSourceURL() ?? site.getFileName();
  let out = file || '<anonymous>';
  const line = site.getLineNumber();
  if (line !== null) {
    let column = site.getColumnNumber();
    if (line === 1 && column !== null && file) column -= wrapperOffsets.get(file) ?? 0;
    out += `:${line}`;
    if (column !== null) out += `:${column}`;
  }
  return out;
}

/** The text V8 gives a frame of the program (CallSite serialisation, eval origins left out). */
function formatFrame(site: CallSite): string {
  const prefix = site.isAsync() ? 'async ' : '';
  if (site.isPromiseAll()) return `${prefix}Promise.all (index ${site.getPromiseIndex()})`;
  let functionName = site.getFunctionName();
  // The top level of an eval'd script and our module wrapper read as anonymous code.
  if (functionName === 'eval' && site.isEval()) functionName = null;
  if (functionName === '__nodelingModuleWrapper') functionName = null;
  const loc = location(site);
  if (site.isConstructor()) return `${prefix}new ${functionName || '<anonymous>'} (${loc})`;
  const receiver = site.getThis();
  const isTop = site.isToplevel() || receiver === undefined || receiver === null;
  if (!isTop) {
    const typeName = site.getTypeName();
    const methodName = site.getMethodName();
    let text = '';
    if (functionName) {
      if (typeName && !functionName.startsWith(`${typeName}.`)) text += `${typeName}.`;
      text += functionName;
      if (methodName && !functionName.endsWith(`.${methodName}`) && functionName !== methodName) text += ` [as ${methodName}]`;
    } else {
      text += `${typeName}.${methodName || '<anonymous>'}`;
    }
    return `${prefix}${text} (${loc})`;
  }
  if (functionName) return `${prefix}${functionName} (${loc})`;
  return `${prefix}${loc}`;
}

function recordThrowSite(error: object, site: CallSite): void {
  const file = site.getScriptNameOrSourceURL() ?? site.getFileName();
  const line = site.getLineNumber();
  let column = site.getColumnNumber();
  if (!file || line === null || column === null) return;
  if (line === 1) column -= wrapperOffsets.get(file) ?? 0;
  throwSites.set(error, { file, line, column });
}

function prepareStackTrace(error: unknown, sites: CallSite[]): string {
  let header: string;
  try {
    header = Error.prototype.toString.call(error);
  } catch {
    header = '<error>';
  }
  const limit = typeof Error.stackTraceLimit === 'number' ? Error.stackTraceLimit : 10;
  const lines: string[] = [];
  let sawRuntime = false;
  let firstInternal = true;
  let previousRuntime = '';
  for (const site of sites) {
    if (lines.length >= limit) break;
    if (!isRuntimeFrame(site)) {
      if (firstInternal && error !== null && typeof error === 'object') recordThrowSite(error, site);
      lines.push(`    at ${formatFrame(site)}`);
      firstInternal = false;
      continue;
    }
    sawRuntime = true;
    const name = site.getFunctionName() ?? '';
    const frames = internalFrames[name];
    if (!frames) continue;
    for (const frame of frames) {
      if (lines.length >= limit) break;
      if (firstInternal && frame.arrow && error !== null && typeof error === 'object') internalArrows.set(error, frame.arrow);
      firstInternal = false;
      const text = frame.calling?.[previousRuntime] ?? frame.text;
      lines.push(`    at ${text.replace('%T', site.getTypeName() ?? 'Object')}`);
    }
    previousRuntime = name;
  }
  if (!sawRuntime && sites.length > 0 && sites.length < limit) {
    for (const frame of microtaskTail) {
      if (lines.length >= limit) break;
      lines.push(`    at ${frame.text}`);
    }
  }
  return lines.length > 0 ? `${header}\n${lines.join('\n')}` : header;
}

/** Installs the formatter in this realm; `script` names the runtime's own code. */
export function installStackFormatter(script: string): void {
  runtimeScript = script;
  Object.defineProperty(Error, 'prepareStackTrace', {
    value: prepareStackTrace, writable: true, configurable: true, enumerable: false,
  });
}
