// node layer: util.debuglog — sections enabled by NODE_DEBUG, lines `SECTION PID: message` on
// stderr. The bootstrap supplies the environment, the pid and the stderr writer.
import { format, formatWithOptions } from './inspect.js';
import { emitWarning } from '../process/warning.js';

export type DebugLogger = ((...args: unknown[]) => void) & { readonly enabled: boolean };

interface DebugOutput {
  write: (text: string) => void;
  pid: () => number;
  colors: () => boolean;
}

let readEnv: () => string | undefined = () => undefined;
let output: DebugOutput = { write: () => {}, pid: () => 0, colors: () => false };
// Node reads NODE_DEBUG once per process; later changes to process.env do not count.
let enabledTest: ((section: string) => boolean) | undefined;
const loggers = new Map<string, (...args: unknown[]) => void>();

/** Where NODE_DEBUG comes from; resets what was already decided. */
export function configureDebugEnv(getter: () => string | undefined): void {
  readEnv = getter;
  enabledTest = undefined;
  loggers.clear();
}

/**
 * Where debug lines go (stderr), the pid they show, and whether stderr takes colors; the pid and
 * the color choice may be given as values or as getters read when a logger is first used.
 */
export function configureDebugOutput(write: (text: string) => void, pid: number | (() => number) = output.pid,
  colors: boolean | (() => boolean) = output.colors): void {
  output = {
    write,
    pid: typeof pid === 'function' ? pid : () => pid,
    colors: typeof colors === 'function' ? colors : () => colors,
  };
  loggers.clear();
}

function sectionEnabled(section: string): boolean {
  if (enabledTest === undefined) {
    const env = readEnv();
    if (env) {
      const pattern = env.replace(/[|\\{}()[\]^$+?.]/g, '\\$&').replaceAll('*', '.*').replaceAll(',', '$|^');
      const re = new RegExp(`^${pattern}$`, 'i');
      enabledTest = (name) => re.test(name);
    } else {
      enabledTest = () => false;
    }
  }
  return enabledTest(section);
}

function noop(): void {}

function loggerFor(section: string, enabled: boolean): (...args: unknown[]) => void {
  let logger = loggers.get(section);
  if (logger === undefined) {
    if (enabled) {
      const pid = output.pid();
      if (section === 'HTTP' || section === 'HTTP2') {
        emitWarning(`Setting the NODE_DEBUG environment variable to '${section.toLowerCase()}' can expose sensitive ` +
          'data (such as passwords, tokens and authentication headers) in the resulting log.');
      }
      const { write, colors } = output;
      logger = function debug(...args: unknown[]): void {
        write(format('%s %i: %s\n', section, pid, formatWithOptions({ colors: colors() }, ...args)));
      };
    } else {
      logger = noop;
    }
    loggers.set(section, logger);
  }
  return logger;
}

export function debuglog(section: string, callback?: (fn: (...args: unknown[]) => void) => void): DebugLogger {
  let enabled: boolean | undefined;
  let name = section;
  const decide = (): void => {
    name = name.toUpperCase();
    enabled = sectionEnabled(name);
  };
  let impl = (...args: unknown[]): void => {
    decide();
    impl = loggerFor(name, enabled!);
    if (typeof callback === 'function') callback(impl);
    impl(...args);
  };
  const logger = (...args: unknown[]): void => impl(...args);
  Object.defineProperty(logger, 'enabled', {
    get() {
      if (enabled === undefined) decide();
      return enabled;
    },
    configurable: true,
    enumerable: true,
  });
  return logger as DebugLogger;
}
