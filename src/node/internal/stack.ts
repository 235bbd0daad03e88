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

/** What Node shows in place of one of our runtime's frames. */
interface InternalFrames {
  /** Node's frames, innermost first. */
  frames: string[];
  /** The source line Node shows above an error thrown at this point. */
  arrow?: string;
  /** Different frames when the runtime function inside this one is the named one. */
  calling?: Record<string, string[]>;
}

const loader = 'node:internal/modules/cjs/loader';
const evalTail = [
  '[eval]-wrapper:6:24',
  'runScript (node:internal/process/execution:101:62)',
  'evalScript (node:internal/process/execution:133:3)',
  'node:internal/main/eval_string:51:3',
];

/** Our runtime's function name → the frames Node shows instead. */
const internalFrames: Record<string, InternalFrames> = {
  executeUserEntryPoint: { frames: [
    'Function.executeUserEntryPoint [as runMain] (node:internal/modules/run_main:164:12)',
    'node:internal/main/run_main_module:28:49',
  ] },
  _load: { frames: [`Module._load (${loader}:1091:12)`], calling: { _resolveFilename: [`Module._load (${loader}:1038:27)`] } },
  load: { frames: [`Module.load (${loader}:1266:32)`] },
  loadJsExtension: { frames: [`Module._extensions..js (${loader}:1623:10)`] },
  loadJsonExtension: { frames: [`Module._extensions..json (${loader}:1376:39)`] },
  _compile: { frames: [`Module._compile (${loader}:1521:14)`], calling: {
    wrapSafe: [`Module._compile (${loader}:1495:20)`],
    loadESMFromCJS: [`Module._compile (${loader}:1503:5)`],
  } },
  loadESMFromCJS: { frames: [`loadESMFromCJS (${loader}:1363:24)`] },
  wrapSafe: { frames: [`wrapSafe (${loader}:1464:18)`] },
  moduleRequire: { frames: [`Module.require (${loader}:1289:19)`] },
  require: { frames: ['require (node:internal/modules/helpers:182:18)'] },
  _resolveFilename: {
    frames: [`Module._resolveFilename (${loader}:1207:15)`],
    arrow: `${loader}:1210\n  throw err;\n  ^\n`,
    calling: { resolveExports: [`Module._resolveFilename (${loader}:1193:27)`] },
  },
  // require() of a package subpath its "exports" leave out: the ES resolver's frames come first.
  resolveExports: {
    frames: [
      'exportsNotFound (node:internal/modules/esm/resolve:322:10)',
      'packageExportsResolve (node:internal/modules/esm/resolve:670:9)',
      `resolveExports (${loader}:638:36)`,
      `Module._findPath (${loader}:711:31)`,
    ],
    arrow: `${loader}:645\n      throw e;\n      ^\n`,
  },
  makeContextifyScript: { frames: ['makeContextifyScript (node:internal/vm:185:14)'] },
  evalScript: {
    frames: ['runScriptInThisContext (node:internal/vm:209:10)', 'node:internal/process/execution:118:14', ...evalTail],
    calling: { makeContextifyScript: ['node:internal/process/execution:107:22', ...evalTail] },
  },
  evalStdinScript: { frames: [
    'runScriptInThisContext (node:internal/vm:209:10)',
    'node:internal/process/execution:118:14',
    '[stdin]-wrapper:6:24',
    'runScript (node:internal/process/execution:101:62)',
    'evalScript (node:internal/process/execution:133:3)',
    'node:internal/main/eval_stdin:32:5',
    'Socket.<anonymous> (node:internal/process/execution:234:5)',
    'Socket.emit (node:events:536:35)',
    'endReadableNT (node:internal/streams/readable:1698:12)',
    'process.processTicksAndRejections (node:internal/process/task_queues:82:21)',
  ] },
  // The ES module loader (src/node/module/esm/loader.ts, src/hosts/node/modules.ts).
  ModuleJobRun: { frames: ['ModuleJob.run (node:internal/modules/esm/module_job:325:25)'] },
  importModule: { frames: ['async ModuleLoader.import (node:internal/modules/esm/loader:606:24)'] },
  importSyncForRequire: { frames: ['ModuleLoader.importSyncForRequire (node:internal/modules/esm/loader:389:47)'] },
  runSync: { frames: ['ModuleJobSync.runSync (node:internal/modules/esm/module_job:437:37)'] },
  requireAsyncModule: {
    frames: ['ModuleJobSync.runSync (node:internal/modules/esm/module_job:433:13)'],
    arrow: 'node:internal/modules/esm/module_job:433\n      throw new ERR_REQUIRE_ASYNC_MODULE(filename, parentFilename);\n      ^\n',
  },
  asyncRunEntryPointWithESMLoader: { frames: ['async asyncRunEntryPointWithESMLoader (node:internal/modules/run_main:117:5)'] },
  listOnTimeout: { frames: ['listOnTimeout (node:internal/timers:581:17)', 'process.processTimers (node:internal/timers:519:7)'] },
  processImmediate: { frames: ['process.processImmediate (node:internal/timers:483:21)'] },
  triggerUncaughtException: { frames: ['process._fatalException (node:internal/process/execution:188:25)'] },
  processTicksAndRejections: { frames: ['process.processTicksAndRejections (node:internal/process/task_queues:77:11)'] },
  emit: { frames: ['%T.emit (node:events:524:28)'], calling: { throwUnhandledError: ['%T.emit (node:events:513:17)'] } },
  throwUnhandledError: { frames: [] },
  statSync: { frames: ['Object.statSync (node:fs:1681:25)'] },
  readFileSync: {
    frames: ['Object.openSync (node:fs:573:18)', 'Object.readFileSync (node:fs:452:35)'],
    arrow: 'node:fs:573\n  return binding.open(\n                 ^\n',
  },
};

/** Where a microtask run by the engine between our tasks sits in Node's own stack. */
let microtaskTail: string[] = ['process.processTicksAndRejections (node:internal/process/task_queues:95:5)'];

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

/**
 * Takes `error`'s stack again, from the caller of `below` outwards. A compile error's stack starts
 * in the engine's compiler (eval, vm), whose hidden frames would use up Error.stackTraceLimit.
 */
export function recaptureStack(error: object, below: Function): void {
  const capture = (Error as { captureStackTrace?: (target: object, constructorOpt?: Function) => void }).captureStackTrace;
  if (typeof capture === 'function') capture(error, below);
}

export function setMicrotaskTail(frames: string[]): void {
  microtaskTail = frames;
}

/** Frames of the runtime or of the host's thread entry: mapped to Node's frames, or hidden. */
function isRuntimeFrame(site: CallSite): boolean {
  const name = site.getFileName() ?? site.getScriptNameOrSourceURL();
  return name === runtimeScript || (name !== undefined && hostScripts.includes(name));
}

/** Frames of the engine host's own internals (the Node host's module loader, the eval builtin). */
function isHostFrame(site: CallSite): boolean {
  const name = site.getFileName();
  if (typeof name === 'string') return name.startsWith('node:');
  return site.getFunctionName() === 'eval' && !site.isEval();
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
  const loc = location(site);
  // The CommonJS wrapper runs with `this` = module.exports, which V8 names Object.<anonymous>.
  if (functionName === '__nodelingModuleWrapper') return `${prefix}Object.<anonymous> (${loc})`;
  if (site.isConstructor()) return `${prefix}new ${functionName || '<anonymous>'} (${loc})`;
  if (!site.isToplevel()) {
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
    if (isHostFrame(site)) continue;
    if (!isRuntimeFrame(site)) {
      if (firstInternal && error !== null && typeof error === 'object') recordThrowSite(error, site);
      lines.push(`    at ${formatFrame(site)}`);
      firstInternal = false;
      continue;
    }
    sawRuntime = true;
    const name = site.getFunctionName() ?? '';
    // Own entries only: a runtime function named `toString` must not find Object.prototype's.
    const entry = Object.hasOwn(internalFrames, name) ? internalFrames[name] : undefined;
    if (!entry) continue;
    if (firstInternal && entry.arrow && error !== null && typeof error === 'object') internalArrows.set(error, entry.arrow);
    firstInternal = false;
    const calling = entry.calling !== undefined && Object.hasOwn(entry.calling, previousRuntime) ? entry.calling[previousRuntime] : undefined;
    for (const text of calling ?? entry.frames) {
      if (lines.length >= limit) break;
      lines.push(`    at ${text.replace('%T', site.getTypeName() ?? 'Object')}`);
    }
    previousRuntime = name;
  }
  // A promise reaction run by the engine between our tasks: Node runs those from its tick queue.
  // An async function resumed after `await` shows no such frame, so only plain functions get it.
  const bottom = sites[sites.length - 1];
  const bottomFn = bottom?.getFunction();
  const isReaction = typeof bottomFn === 'function' && bottomFn.constructor === Function;
  if (!sawRuntime && isReaction && sites.length < limit) {
    for (const text of microtaskTail) {
      if (lines.length >= limit) break;
      lines.push(`    at ${text}`);
    }
  }
  return lines.length > 0 ? `${header}\n${lines.join('\n')}` : header;
}

let hostScripts: string[] = [];

/** Installs the formatter in this realm; `script` names the runtime's own code. */
export function installStackFormatter(script: string, hostScriptNames: string[]): void {
  runtimeScript = script;
  hostScripts = hostScriptNames;
  Object.defineProperty(Error, 'prepareStackTrace', {
    value: prepareStackTrace, writable: true, configurable: true, enumerable: false,
  });
}
