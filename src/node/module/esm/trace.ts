// node layer: what Node 20 prints for an error its ES loader throws while resolving or loading an
// import — the frames of Node's own resolver and loader, the source arrow into them, and the
// "Did you mean to import" hint. The resolver tags each error with the Node function it stands for.
import * as path from '../../path.js';
import { setInternalArrow } from '../../internal/stack.js';

/** The Node function an error stands for; what comes under it depends on how the import ran. */
interface Site {
  frames: string[];
  /** Node's source line above the error, with its caret. */
  arrow: string;
  /** Thrown while resolving (under ModuleLoader.resolve) rather than while loading. */
  resolving: boolean;
  /** The stack header leaves the code out (Node's C++ main resolver makes the error). */
  plainHeader?: boolean;
}

export type SiteName = 'dir' | 'missing' | 'package' | 'exports' | 'exportsSelf' | 'imports' | 'main' | 'extension' | 'builtin' | 'scheme';

/** How the import that failed was made: a static import being linked, or import() from where. */
export type ImportKind = 'static' | 'module' | 'script' | 'eval' | 'require';

const resolveJs = 'node:internal/modules/esm/resolve';
const loaderJs = 'node:internal/modules/esm/loader';
const arrow = (file: string, line: number, text: string, column: number): string =>
  `${file}:${line}\n${text}\n${' '.repeat(column)}^\n`;

const sites: Record<SiteName, Site> = {
  dir: {
    frames: [`finalizeResolution (${resolveJs}:271:11)`, `moduleResolve (${resolveJs}:952:10)`],
    arrow: arrow(resolveJs, 271, '    throw new ERR_UNSUPPORTED_DIR_IMPORT(path, basePath, String(resolved));', 10),
    resolving: true,
  },
  missing: {
    frames: [`finalizeResolution (${resolveJs}:283:11)`, `moduleResolve (${resolveJs}:952:10)`],
    arrow: arrow(resolveJs, 283, '    throw new ERR_MODULE_NOT_FOUND(', 10),
    resolving: true,
  },
  package: {
    frames: [`packageResolve (${resolveJs}:873:9)`, `moduleResolve (${resolveJs}:946:18)`],
    arrow: arrow(resolveJs, 873, '  throw new ERR_MODULE_NOT_FOUND(packageName, fileURLToPath(base), null);', 8),
    resolving: true,
  },
  exports: {
    frames: [`exportsNotFound (${resolveJs}:322:10)`, `packageExportsResolve (${resolveJs}:670:9)`,
      `packageResolve (${resolveJs}:856:14)`, `moduleResolve (${resolveJs}:946:18)`],
    arrow: arrow(resolveJs, 322, '  return new ERR_PACKAGE_PATH_NOT_EXPORTED(', 9),
    resolving: true,
  },
  exportsSelf: {
    frames: [`exportsNotFound (${resolveJs}:322:10)`, `packageExportsResolve (${resolveJs}:670:9)`,
      `packageResolve (${resolveJs}:831:14)`, `moduleResolve (${resolveJs}:946:18)`],
    arrow: arrow(resolveJs, 322, '  return new ERR_PACKAGE_PATH_NOT_EXPORTED(', 9),
    resolving: true,
  },
  imports: {
    frames: [`importNotDefined (${resolveJs}:309:10)`, `packageImportsResolve (${resolveJs}:760:9)`, `moduleResolve (${resolveJs}:936:16)`],
    arrow: arrow(resolveJs, 309, '  return new ERR_PACKAGE_IMPORT_NOT_DEFINED(', 9),
    resolving: true,
  },
  main: {
    frames: [`legacyMainResolve (${resolveJs}:215:26)`, `packageResolve (${resolveJs}:860:14)`, `moduleResolve (${resolveJs}:946:18)`],
    arrow: arrow(resolveJs, 215, '  const resolvedOption = FSLegacyMainResolve(packageJsonUrlString, packageConfig.main, baseStringified);', 25),
    resolving: true,
    plainHeader: true,
  },
  extension: {
    frames: [
      'Object.getFileProtocolModuleFormat [as file:] (node:internal/modules/esm/get_format:189:9)',
      'defaultGetFormat (node:internal/modules/esm/get_format:232:36)',
      'defaultLoad (node:internal/modules/esm/load:145:22)',
      `async ModuleLoader.loadAndTranslate (${loaderJs}:543:45)`,
    ],
    arrow: arrow('node:internal/modules/esm/get_format', 189, '  throw new ERR_UNKNOWN_FILE_EXTENSION(ext, filepath);', 8),
    resolving: false,
  },
  builtin: {
    frames: [
      'ModuleLoader.builtinStrategy (node:internal/modules/esm/translators:391:11)',
      `#translate (${loaderJs}:497:12)`,
      `ModuleLoader.loadAndTranslate (${loaderJs}:544:27)`,
    ],
    arrow: arrow('node:internal/modules/esm/translators', 391, '    throw new ERR_UNKNOWN_BUILTIN_MODULE(url);', 10),
    resolving: false,
  },
  scheme: {
    frames: [
      'throwIfUnsupportedURLScheme (node:internal/modules/esm/load:241:11)',
      'defaultLoad (node:internal/modules/esm/load:132:3)',
      `ModuleLoader.load (${loaderJs}:724:12)`,
      `ModuleLoader.loadAndTranslate (${loaderJs}:543:56)`,
      `#createModuleJob (${loaderJs}:567:36)`,
      `#getJobFromResolveResult (${loaderJs}:297:34)`,
      `ModuleLoader.getModuleJobForImport (${loaderJs}:265:41)`,
    ],
    arrow: arrow('node:internal/modules/esm/load', 241, '    throw new ERR_UNSUPPORTED_ESM_URL_SCHEME(parsed, schemes);', 10),
    resolving: false,
  },
};

const resolveTail = [
  `defaultResolve (${resolveJs}:1188:11)`,
  `ModuleLoader.defaultResolve (${loaderJs}:708:12)`,
  `#cachedDefaultResolve (${loaderJs}:657:25)`,
  `ModuleLoader.resolve (${loaderJs}:640:38)`,
  `ModuleLoader.getModuleJobForImport (${loaderJs}:264:38)`,
];

/** What sits under ModuleLoader.getModuleJobForImport for each way of importing. */
const importTails: Record<ImportKind, string[]> = {
  static: ['ModuleJob._link (node:internal/modules/esm/module_job:168:49)'],
  module: [
    `ModuleLoader.import (${loaderJs}:605:34)`,
    'defaultImportModuleDynamicallyForModule (node:internal/modules/esm/utils:221:31)',
    'importModuleDynamicallyCallback (node:internal/modules/esm/utils:260:12)',
  ],
  script: [
    `ModuleLoader.import (${loaderJs}:605:34)`,
    'defaultImportModuleDynamicallyForScript (node:internal/modules/esm/utils:234:31)',
    'importModuleDynamicallyCallback (node:internal/modules/esm/utils:256:12)',
  ],
  eval: [
    `ModuleLoader.import (${loaderJs}:605:34)`,
    'importModuleDynamically (node:internal/process/execution:105:37)',
    'importModuleDynamicallyWrapper (node:internal/vm/module:434:21)',
  ],
  require: [],
};

/** require() of an ES module links it synchronously, past ModuleLoader.resolve. */
const requireTail = [
  ...resolveTail.slice(0, 3),
  `ModuleLoader.getModuleJobForRequire (${loaderJs}:413:53)`,
  'new ModuleJobSync (node:internal/modules/esm/module_job:375:34)',
  `ModuleLoader.importSyncForRequire (${loaderJs}:386:11)`,
  'loadESMFromCJS (node:internal/modules/cjs/loader:1363:24)',
  'Module._compile (node:internal/modules/cjs/loader:1503:5)',
];
/** Node's defaultResolve rethrows what the resolver threw; under require() that is the arrow. */
const requireArrow = arrow(resolveJs, 1204, '    throw error;', 4);

/** An error of a load step shows, under an import(), the async frame of the job that awaited it. */
const loadTails: Record<SiteName & ('extension' | 'builtin' | 'scheme'), string> = {
  extension: 'async ModuleJob._link (node:internal/modules/esm/module_job:148:19)',
  builtin: 'async ModuleJob._link (node:internal/modules/esm/module_job:148:19)',
  scheme: `async ModuleLoader.import (${loaderJs}:605:23)`,
};

const siteOfError = new WeakMap<object, SiteName>();
/** Errors whose stack was rewritten with a hint: Node's arrow then points where it is rethrown. */
const hinted = new WeakSet<object>();

/** Tags `error` with the Node function that throws it; returns it for `throw`. */
export function atSite<T extends object>(error: T, site: SiteName): T {
  siteOfError.set(error, site);
  return error;
}

export function siteOf(error: unknown): SiteName | undefined {
  return error !== null && typeof error === 'object' ? siteOfError.get(error) : undefined;
}

/**
 * Gives a tagged loader error the stack and arrow Node shows for it, once: `hint` is what the
 * CommonJS loader would have found for the specifier, as Node suggests it.
 */
export function decorateLoaderError(error: unknown, kind: ImportKind, hint: string | undefined): void {
  const name = siteOf(error);
  if (name === undefined || (kind === 'require' && !sites[name].resolving)) return;
  const err = error as Error & { code?: string };
  siteOfError.delete(err);
  const site = sites[name];
  let frames = site.frames;
  if (kind === 'require') frames = [...frames, ...requireTail];
  else if (site.resolving) frames = [...frames, ...resolveTail, ...importTails[kind]];
  else if (kind !== 'static') frames = [...frames, loadTails[name as keyof typeof loadTails]];
  const limit = typeof Error.stackTraceLimit === 'number' ? Math.max(0, Error.stackTraceLimit) : 10;
  let stack = site.plainHeader ? `${err.name}: ${err.message}` : `${err.name} [${err.code}]: ${err.message}`;
  for (let i = 0; i < frames.length && i < limit; i++) stack += `\n    at ${frames[i]}`;
  if (hint !== undefined) {
    // Inserted after the stack's first line as Node does, even when it has no second line.
    const text = `Did you mean to import ${JSON.stringify(hint)}?`;
    const endOfFirstLine = stack.indexOf('\n');
    stack = `${stack.slice(0, endOfFirstLine)}\n${text}${stack.slice(endOfFirstLine)}`;
    err.message += `\n${text}`;
    hinted.add(err);
  }
  Object.defineProperty(err, 'stack', { value: stack, writable: true, configurable: true, enumerable: false });
  // A rewritten stack carries no throw position: Node's arrow is where the error is rethrown.
  if (kind === 'require') setInternalArrow(err, requireArrow);
  else setInternalArrow(err, hint === undefined ? site.arrow
    : arrow('node:internal/process/promises', 391, '    triggerUncaughtException(err, true /* fromPromise */);', 4));
}

/** The entry point's rejection is rethrown by run_main, which is then where a hinted error points. */
export function rethrownByEntry(error: unknown): void {
  if (error !== null && typeof error === 'object' && hinted.has(error)) {
    setInternalArrow(error, arrow('node:internal/modules/run_main', 123, '    triggerUncaughtException(', 4));
  }
}

/**
 * The import Node suggests when the CommonJS loader finds `found` for `specifier`: relative to
 * the importer for a relative specifier, package-relative for a bare one; undefined for the same.
 */
export function hintFor(specifier: string, parentFile: string, found: string): string | undefined {
  let hint = found;
  if (specifier.startsWith('./') || specifier.startsWith('../') || specifier === '.' || specifier === '..') {
    hint = path.relative(path.dirname(parentFile), found);
    if (!hint.startsWith('../')) hint = `./${hint}`;
  } else if (!specifier.startsWith('/') && specifier[0] !== '#' && !/^[a-zA-Z][a-zA-Z\d+.-]*:/.test(specifier)) {
    const slash = specifier.indexOf('/', specifier[0] === '@' ? specifier.indexOf('/') + 1 : 0);
    const pkg = slash === -1 ? specifier : specifier.slice(0, slash);
    const needle = `/node_modules/${pkg}/`;
    const at = found.lastIndexOf(needle);
    hint = at === -1 ? `file://${found}` : `${pkg}/${found.slice(at + needle.length).split('/').map(encodeURIComponent).join('/')}`;
  }
  return hint === specifier ? undefined : hint;
}
