// node layer: Node's `ERR_*` error classes, defined once in one alphabetised table, and the
// helpers that build system errors from an errno.
import { inspect } from './util/inspect.js';

type ErrorBase = ErrorConstructor | TypeErrorConstructor | RangeErrorConstructor | SyntaxErrorConstructor;
type MessageFn = (...args: any[]) => string;

/** Node errors carry `code` as an own enumerable property and show `Name [CODE]` in their stack. */
export interface NodeError extends Error {
  code: string;
}

const classOfCode = new Map<string, new (...args: any[]) => NodeError>();

function defineCode(code: string, base: ErrorBase, message: string | MessageFn): void {
  const format: MessageFn = typeof message === 'string' ? (...args) => formatTemplate(message, args) : message;
  const Base = base as ErrorConstructor;
  // Node sets `name` to "Name [CODE]" while the stack is captured, then restores it, so the
  // stack header names the code while `err.name` stays the plain class name.
  class CodedError extends Base {
    code!: string;
    constructor(...args: any[]) {
      super(format(...args));
      Object.defineProperty(this, 'name', { value: `${Base.name} [${code}]`, configurable: true, writable: true, enumerable: false });
      void this.stack;
      delete (this as { name?: string }).name;
      Object.defineProperty(this, 'code', { value: code, enumerable: true, writable: true, configurable: true });
    }
    override toString(): string {
      return `${this.name} [${code}]: ${this.message}`;
    }
  }
  Object.defineProperty(CodedError, 'name', { value: Base.name });
  classOfCode.set(code, CodedError as unknown as new (...args: any[]) => NodeError);
}

function formatTemplate(template: string, args: unknown[]): string {
  let i = 0;
  return template.replace(/%[sd]/g, () => String(args[i++]));
}

const classRe = /^([A-Z][a-z0-9]*)+$/;
const kTypes = ['string', 'function', 'number', 'object', 'Function', 'Object', 'boolean', 'bigint', 'symbol'];

/** The "Received ..." tail that Node appends to argument errors. */
export function describeReceived(value: unknown): string {
  if (value == null) return ` Received ${value}`;
  if (typeof value === 'function' && (value as Function).name) return ` Received function ${(value as Function).name}`;
  if (typeof value === 'function') return ' Received function ';
  if (typeof value === 'object') {
    const ctor = (value as object).constructor as { name?: string } | undefined;
    if (ctor?.name) return ` Received an instance of ${ctor.name}`;
    return ` Received ${inspect(value, { depth: -1 })}`;
  }
  let shown = inspect(value, { colors: false });
  if (shown.length > 28) shown = `${shown.slice(0, 25)}...`;
  return ` Received type ${typeof value} (${shown})`;
}

/** `a, b, and c`: the list as Node's ESM loader words it. */
function joinWithAnd(items: string[]): string {
  return items.length < 3 ? items.join(' and ') : `${items.slice(0, -1).join(', ')}, and ${items[items.length - 1]}`;
}

function joinWithOr(items: string[]): string {
  if (items.length === 1) return items[0];
  if (items.length === 2) return `${items[0]} or ${items[1]}`;
  return `${items.slice(0, -1).join(', ')}, or ${items[items.length - 1]}`;
}

function invalidArgTypeMessage(name: string, expected: string | string[], actual: unknown): string {
  const expectedList = Array.isArray(expected) ? expected : [expected];
  let msg = 'The ';
  if (name.endsWith(' argument')) msg += `${name} `;
  else msg += `"${name}" ${name.includes('.') ? 'property' : 'argument'} `;
  msg += 'must be ';
  const types: string[] = [];
  const instances: string[] = [];
  const other: string[] = [];
  for (const value of expectedList) {
    if (kTypes.includes(value)) types.push(value.toLowerCase());
    else if (classRe.test(value)) instances.push(value);
    else other.push(value);
  }
  // "object" is implied when instances are also listed.
  if (instances.length > 0) {
    const pos = types.indexOf('object');
    if (pos !== -1) {
      types.splice(pos, 1);
      instances.push('Object');
    }
  }
  if (types.length > 0) {
    msg += `${types.length > 1 ? 'one of type' : 'of type'} ${joinWithOr(types)}`;
    if (instances.length > 0 || other.length > 0) msg += ' or ';
  }
  if (instances.length > 0) {
    msg += `an instance of ${joinWithOr(instances)}`;
    if (other.length > 0) msg += ' or ';
  }
  if (other.length > 0) {
    if (other.length > 1) msg += `one of ${joinWithOr(other)}`;
    else {
      if (other[0].toLowerCase() !== other[0]) msg += 'an ';
      msg += other[0];
    }
  }
  return msg + '.' + describeReceived(actual);
}

function addNumericalSeparator(val: string): string {
  let res = '';
  let i = val.length;
  const start = val[0] === '-' ? 1 : 0;
  for (; i >= start + 4; i -= 3) res = `_${val.slice(i - 3, i)}${res}`;
  return `${val.slice(0, i)}${res}`;
}

function outOfRangeMessage(name: string, range: string, input: unknown, replaceDefaultBoolean = false): string {
  let msg = replaceDefaultBoolean ? name : `The value of "${name}" is out of range.`;
  let received: string;
  if (Number.isInteger(input) && Math.abs(input as number) > 2 ** 32) received = addNumericalSeparator(String(input));
  else if (typeof input === 'bigint') {
    received = String(input);
    if (input > 2n ** 32n || input < -(2n ** 32n)) received = addNumericalSeparator(received);
    received += 'n';
  } else received = inspect(input);
  msg += ` It must be ${range}. Received ${received}`;
  return msg;
}

// Alphabetised; every ERR_* code nodeling raises is defined here and nowhere else.
defineCode('ERR_AMBIGUOUS_ARGUMENT', TypeError, 'The "%s" argument is ambiguous. %s');
defineCode('ERR_ARG_NOT_ITERABLE', TypeError, '%s must be iterable');
defineCode('ERR_ASSERTION', Error, '%s');
defineCode('ERR_BROTLI_INVALID_PARAM', RangeError, '%s is not a valid Brotli parameter');
defineCode('ERR_BUFFER_OUT_OF_BOUNDS', RangeError, (name?: string) =>
  name ? `"${name}" is outside of buffer bounds` : 'Attempt to access memory outside buffer bounds');
defineCode('ERR_BUFFER_TOO_LARGE', RangeError, 'Cannot create a Buffer larger than %s bytes');
defineCode('ERR_CHILD_PROCESS_STDIO_MAXBUFFER', RangeError, '%s maxBuffer length exceeded');
defineCode('ERR_CONSOLE_WRITABLE_STREAM', TypeError, 'Console expects a writable stream instance for %s');
defineCode('ERR_CRYPTO_HASH_FINALIZED', Error, 'Digest already called');
defineCode('ERR_CRYPTO_INVALID_DIGEST', TypeError, 'Invalid digest: %s');
defineCode('ERR_CRYPTO_INVALID_SCRYPT_PARAMS', RangeError, (detail?: string) =>
  detail ? `Invalid scrypt params: ${detail}` : 'Invalid scrypt params');
defineCode('ERR_CRYPTO_SCRYPT_INVALID_PARAMETER', Error, 'Invalid scrypt parameter');
defineCode('ERR_CRYPTO_TIMING_SAFE_EQUAL_LENGTH', RangeError, 'Input buffers must have the same byte length');
defineCode('ERR_DIR_CLOSED', Error, 'Directory handle was closed');
defineCode('ERR_ENCODING_INVALID_ENCODED_DATA', TypeError, 'The encoded data was not valid for encoding %s');
defineCode('ERR_ENCODING_NOT_SUPPORTED', RangeError, 'The "%s" encoding is not supported');
defineCode('ERR_EVENT_RECURSION', Error, 'The event "%s" is already being dispatched');
defineCode('ERR_FALSY_VALUE_REJECTION', Error, 'Promise was rejected with falsy value');
defineCode('ERR_FS_CP_DIR_TO_NON_DIR', Error, 'Cannot overwrite directory with non-directory');
defineCode('ERR_FS_CP_EEXIST', Error, 'Target already exists');
defineCode('ERR_FS_CP_EINVAL', Error, 'Invalid src or dest');
defineCode('ERR_FS_CP_NON_DIR_TO_DIR', Error, 'Cannot overwrite non-directory with directory');
defineCode('ERR_FS_EISDIR', Error, 'Path is a directory');
defineCode('ERR_FS_FILE_TOO_LARGE', RangeError, 'File size (%s) is greater than 2 GiB');
defineCode('ERR_ILLEGAL_CONSTRUCTOR', TypeError, 'Illegal constructor');
defineCode('ERR_IMPORT_ASSERTION_TYPE_FAILED', TypeError, 'Module "%s" is not of type "%s"');
defineCode('ERR_IMPORT_ASSERTION_TYPE_MISSING', TypeError, 'Module "%s" needs an import attribute of type "%s"');
defineCode('ERR_IMPORT_ASSERTION_TYPE_UNSUPPORTED', TypeError, 'Import attribute type "%s" is unsupported');
defineCode('ERR_INTERNAL_ASSERTION', Error, (message?: string) => {
  const hint = 'This is caused by either a bug in Node.js or incorrect usage of Node.js internals.\n'
    + 'Please open an issue with this stack trace at https://github.com/nodejs/node/issues\n';
  return message === undefined ? hint : `${message}\n${hint}`;
});
defineCode('ERR_INVALID_ARG_TYPE', TypeError, invalidArgTypeMessage);
defineCode('ERR_INVALID_ARG_VALUE', TypeError, (name: string, value: unknown, reason = 'is invalid') => {
  let shown = inspect(value);
  if (shown.length > 128) shown = `${shown.slice(0, 128)}...`;
  const type = name.includes('.') ? 'property' : 'argument';
  return `The ${type} '${name}' ${reason}. Received ${shown}`;
});
defineCode('ERR_INVALID_ASYNC_ID', RangeError, "Invalid %s value: %s");
defineCode('ERR_INVALID_BUFFER_SIZE', RangeError, 'Buffer size must be a multiple of %s');
defineCode('ERR_INVALID_CHAR', TypeError, (name: string, field?: string) =>
  field ? `Invalid character in ${name} ["${field}"]` : `Invalid character in ${name}`);
defineCode('ERR_INVALID_CURSOR_POS', TypeError, 'Cannot set cursor row without setting its column');
defineCode('ERR_INVALID_FD', RangeError, '"fd" must be a positive integer: %s');
defineCode('ERR_INVALID_FD_TYPE', TypeError, 'Unsupported fd type: %s');
defineCode('ERR_INVALID_FILE_URL_HOST', TypeError, 'File URL host must be "localhost" or empty on %s');
defineCode('ERR_INVALID_FILE_URL_PATH', TypeError, 'File URL path %s');
defineCode('ERR_INVALID_MIME_SYNTAX', TypeError, (production: string, str: string, invalidIndex: number) =>
  `The MIME syntax for a ${production} in "${str}" is invalid${invalidIndex !== -1 ? ` at ${invalidIndex}` : ''}`);
defineCode('ERR_INVALID_MODULE_SPECIFIER', TypeError, (request: string, reason: string, base?: string) =>
  `Invalid module "${request}" ${reason}${base ? ` imported from ${base}` : ''}`);
defineCode('ERR_INVALID_OBJECT_DEFINE_PROPERTY', TypeError, '%s');
defineCode('ERR_INVALID_PACKAGE_CONFIG', Error, (path: string, base?: string, message?: string) =>
  `Invalid package config ${path}${base ? ` while importing ${base}` : ''}${message ? `. ${message}` : ''}`);
defineCode('ERR_INVALID_PACKAGE_TARGET', Error, (pkgPath: string, key: string, target: unknown, isImport = false, base?: string) => {
  const relError = typeof target === 'string' && !isImport && target.length > 0 && !target.startsWith('./');
  if (key === '.') {
    return `Invalid "exports" main target ${JSON.stringify(target)} defined in the package config ${pkgPath}package.json${base ? ` imported from ${base}` : ''}${relError ? '; targets must start with "./"' : ''}`;
  }
  return `Invalid "${isImport ? 'imports' : 'exports'}" target ${JSON.stringify(target)} defined for '${key}' in the package config ${pkgPath}package.json${base ? ` imported from ${base}` : ''}${relError ? '; targets must start with "./"' : ''}`;
});
defineCode('ERR_INVALID_RETURN_VALUE', TypeError, (input: string, name: string, value: unknown) => {
  let type: string;
  if ((value as { constructor?: { name?: string } })?.constructor?.name) type = `instance of ${(value as { constructor: { name: string } }).constructor.name}`;
  else type = `type ${typeof value}`;
  return `Expected ${input} to be returned from the "${name}" function but got ${type}.`;
});
defineCode('ERR_INVALID_STATE', Error, 'Invalid state: %s');
defineCode('ERR_INVALID_THIS', TypeError, 'Value of "this" must be of type %s');
defineCode('ERR_INVALID_TYPESCRIPT_SYNTAX', SyntaxError, '%s');
defineCode('ERR_INVALID_URI', URIError, 'URI malformed');
defineCode('ERR_INVALID_URL', TypeError, (input: string) => 'Invalid URL');
defineCode('ERR_INVALID_URL_SCHEME', TypeError, (expected: string | string[]) =>
  `The URL must be ${Array.isArray(expected) ? `one of scheme ${joinWithOr(expected)}` : `of scheme ${expected}`}`);
defineCode('ERR_IPC_CHANNEL_CLOSED', Error, 'Channel closed');
defineCode('ERR_METHOD_NOT_IMPLEMENTED', Error, 'The %s method is not implemented');
defineCode('ERR_MISSING_ARGS', TypeError, (...names: (string | string[])[]) => {
  const wrapped = names.map((n) => (Array.isArray(n) ? n.map((x) => `"${x}"`).join(' or ') : `"${n}"`));
  let msg = 'The ';
  if (wrapped.length === 1) msg += `${wrapped[0]} argument`;
  else if (wrapped.length === 2) msg += `${wrapped[0]} and ${wrapped[1]} arguments`;
  else msg += `${wrapped.slice(0, -1).join(', ')}, and ${wrapped[wrapped.length - 1]} arguments`;
  return `${msg} must be specified`;
});
defineCode('ERR_MISSING_OPTION', TypeError, '%s is required');
defineCode('ERR_MODULE_NOT_FOUND', Error, (path: string, base: string, exactUrl?: boolean) =>
  `Cannot find ${exactUrl ? 'module' : 'package'} '${path}' imported from ${base}`);
defineCode('ERR_MULTIPLE_CALLBACK', Error, 'Callback called multiple times');
defineCode('ERR_NOT_IMPLEMENTED', Error, (what: string) => `${what} is not implemented in nodeling yet`);
defineCode('ERR_OUT_OF_RANGE', RangeError, outOfRangeMessage);
defineCode('ERR_PACKAGE_IMPORT_NOT_DEFINED', TypeError, (specifier: string, packagePath: string | undefined, base: string) =>
  `Package import specifier "${specifier}" is not defined${packagePath ? ` in package ${packagePath}package.json` : ''} imported from ${base}`);
defineCode('ERR_PACKAGE_PATH_NOT_EXPORTED', Error, (pkgPath: string, subpath: string, base?: string) => {
  if (subpath === '.') return `No "exports" main defined in ${pkgPath}package.json${base ? ` imported from ${base}` : ''}`;
  return `Package subpath '${subpath}' is not defined by "exports" in ${pkgPath}package.json${base ? ` imported from ${base}` : ''}`;
});
defineCode('ERR_PARSE_ARGS_INVALID_OPTION_VALUE', TypeError, '%s');
defineCode('ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL', TypeError, (arg: string) =>
  `Unexpected argument '${arg}'. This command does not take positional arguments`);
defineCode('ERR_PARSE_ARGS_UNKNOWN_OPTION', TypeError, (option: string, allowPositionals: boolean) => {
  const suggestDashDash = allowPositionals ? `. To specify a positional argument starting with a '-', place it at the end of the command after '--', as in '-- ${JSON.stringify(option)}` : '';
  return `Unknown option '${option}'${suggestDashDash}`;
});
defineCode('ERR_REQUIRE_ASYNC_MODULE', Error, (filename?: string, parentFilename?: string) => {
  let msg = 'require() cannot be used on an ESM graph with top-level await. Use import() instead. To see where the top-level await comes from, use --experimental-print-required-tla.';
  if (parentFilename) msg += `\n  From ${parentFilename} `;
  if (filename) msg += `\n  Requiring ${filename} `;
  return msg;
});
defineCode('ERR_REQUIRE_ESM', Error, (filename: string, hasEsmSyntax: boolean, parentPath?: string) => {
  let msg = `require() of ES Module ${filename}${parentPath ? ` from ${parentPath}` : ''} not supported.`;
  if (filename.endsWith('.mjs')) msg += `\nInstead change the require of ${filename} to a dynamic import() which is available in all CommonJS modules.`;
  return msg;
});
defineCode('ERR_SOCKET_BAD_PORT', RangeError, (name: string, port: unknown, allowZero = true) =>
  `${name} should be ${allowZero ? '>= 0' : '> 0'} and < 65536. Received ${inspect(port)}.`);
defineCode('ERR_STREAM_ALREADY_FINISHED', Error, 'Cannot call %s after a stream was finished');
defineCode('ERR_STREAM_CANNOT_PIPE', Error, 'Cannot pipe, not readable');
defineCode('ERR_STREAM_DESTROYED', Error, 'Cannot call %s after a stream was destroyed');
defineCode('ERR_STREAM_NULL_VALUES', TypeError, 'May not write null values to stream');
defineCode('ERR_STREAM_PREMATURE_CLOSE', Error, 'Premature close');
defineCode('ERR_STREAM_PUSH_AFTER_EOF', Error, 'stream.push() after EOF');
defineCode('ERR_STREAM_UNSHIFT_AFTER_END_EVENT', Error, 'stream.unshift() after end event');
defineCode('ERR_STREAM_WRITE_AFTER_END', Error, 'write after end');
defineCode('ERR_SYNTHETIC', Error, 'JavaScript Callstack');
defineCode('ERR_UNAVAILABLE_DURING_EXIT', Error, 'Cannot call function in process exit handler');
defineCode('ERR_UNCAUGHT_EXCEPTION_CAPTURE_ALREADY_SET', Error, '`process.setupUncaughtExceptionCapture()` was called while a capture callback was already active');
defineCode('ERR_UNHANDLED_ERROR', Error, (err?: unknown) => {
  const msg = 'Unhandled error.';
  if (err === undefined) return msg;
  return `${msg} (${inspect(err)})`;
});
defineCode('ERR_UNKNOWN_BUILTIN_MODULE', Error, 'No such built-in module: %s');
defineCode('ERR_UNKNOWN_ENCODING', TypeError, 'Unknown encoding: %s');
defineCode('ERR_UNKNOWN_FILE_EXTENSION', TypeError, (ext: string, path: string) => `Unknown file extension "${ext}" for ${path}`);
defineCode('ERR_UNKNOWN_MODULE_FORMAT', RangeError, 'Unknown module format: %s for URL %s');
defineCode('ERR_UNKNOWN_SIGNAL', TypeError, 'Unknown signal: %s');
defineCode('ERR_UNSUPPORTED_DIR_IMPORT', Error, (path: string, base: string) =>
  `Directory import '${path}' is not supported resolving ES modules imported from ${base}`);
defineCode('ERR_UNSUPPORTED_ESM_URL_SCHEME', Error, (url: { protocol: string }, supported: string[]) =>
  `Only URLs with a scheme in: ${joinWithAnd(supported)} are supported by the default ESM loader. Received protocol '${url.protocol}'`);
defineCode('ERR_UNSUPPORTED_TYPESCRIPT_SYNTAX', SyntaxError, '%s');
defineCode('ERR_USE_AFTER_CLOSE', Error, '%s was closed');
defineCode('ERR_WORKER_PATH', TypeError, 'The worker script or module filename must be an absolute path or a relative path starting with \'./\' or \'../\'. Received "%s"');
defineCode('ERR_ZLIB_INITIALIZATION_FAILED', Error, 'Initialization failed');

/** Builds the Node error for `code`; the arguments are those of the code's message. */
export function nodeError(code: string, ...args: unknown[]): NodeError {
  const ErrorClass = classOfCode.get(code);
  if (!ErrorClass) throw new Error(`nodeling bug: unknown error code ${code}`);
  return new ErrorClass(...args);
}

/** The class of `code`, for `instanceof` checks and for modules that subclass it. */
export function errorClass(code: string): new (...args: any[]) => NodeError {
  const ErrorClass = classOfCode.get(code);
  if (!ErrorClass) throw new Error(`nodeling bug: unknown error code ${code}`);
  return ErrorClass;
}

/** Node's AbortError (`code: 'ABORT_ERR'`): what aborted operations reject with. */
export class AbortError extends Error {
  declare code: string;
  constructor(message = 'The operation was aborted', options: { cause?: unknown } | undefined = undefined) {
    if (options !== undefined && typeof options !== 'object') {
      throw nodeError('ERR_INVALID_ARG_TYPE', 'options', 'Object', options);
    }
    super(message, options);
    this.code = 'ABORT_ERR';
    this.name = 'AbortError';
  }
}

export const ERR_NOT_IMPLEMENTED = (what: string): NodeError => nodeError('ERR_NOT_IMPLEMENTED', what);
