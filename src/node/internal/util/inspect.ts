// node layer: `util.inspect`, `util.format` and their helpers, printing every value exactly as
// Node 20 does (quoting, line breaking, grouping, colors, circular references).
import { getProxyDetails } from './proxies.js';
import { validateObject, validateString } from '../validators.js';
import { host } from '../../binding/host.js';
import {
  isAnyArrayBuffer, isArgumentsObject, isArrayBuffer, isAsyncFunction, isBigIntObject, isBooleanObject,
  isBoxedPrimitive, isDataView, isDate, isGeneratorFunction, isMap, isMapIterator, isModuleNamespaceObject,
  isNativeError, isNumberObject, isPromise, isRegExp, isSet, isSetIterator, isStringObject, isWeakMap,
  isWeakSet, typedArrayKind,
} from './types.js';

type Stylize = (text: string, styleType: string) => string;
type Sorter = boolean | ((a: string, b: string) => number);

export interface InspectOptions {
  showHidden?: boolean;
  depth?: number | null;
  colors?: boolean;
  customInspect?: boolean;
  showProxy?: boolean;
  maxArrayLength?: number | null;
  maxStringLength?: number | null;
  breakLength?: number;
  compact?: boolean | number;
  sorted?: Sorter;
  getters?: boolean | 'get' | 'set';
  numericSeparator?: boolean;
  stylize?: Stylize;
  [key: string]: unknown;
}

interface Context {
  budget: Record<number, number>;
  indentationLvl: number;
  seen: unknown[];
  currentDepth: number;
  stylize: Stylize;
  showHidden: boolean;
  depth: number;
  colors: boolean;
  customInspect: boolean;
  showProxy: boolean;
  maxArrayLength: number;
  maxStringLength: number;
  breakLength: number;
  compact: boolean | number;
  sorted: Sorter;
  getters: boolean | 'get' | 'set';
  numericSeparator: boolean;
  circular?: Map<unknown, number>;
  userOptions?: InspectOptions;
}

type Formatter = (ctx: Context, value: any, recurseTimes: number) => string[];

const inspectDefaultOptions = {
  showHidden: false,
  depth: 2 as number | null,
  colors: false,
  customInspect: true,
  showProxy: false,
  maxArrayLength: 100 as number | null,
  maxStringLength: 10000 as number | null,
  breakLength: 80,
  compact: 3 as boolean | number,
  sorted: false as Sorter,
  getters: false as boolean | 'get' | 'set',
  numericSeparator: false,
};

const customInspectSymbol = Symbol.for('nodejs.util.inspect.custom');

// Element kinds of formatProperty: a property of an object, an array element, a non-index array key.
const kObjectType = 0;
const kArrayType = 1;
const kArrayExtrasType = 2;

const hasOwn = Object.prototype.hasOwnProperty;
const propertyIsEnumerable = Object.prototype.propertyIsEnumerable;
const getOwnPropertyDescriptor = Object.getOwnPropertyDescriptor;
const getPrototypeOf = Object.getPrototypeOf;
const fnToString = Function.prototype.toString;
const mapSize = getOwnPropertyDescriptor(Map.prototype, 'size')!.get as (this: unknown) => number;
const typedArrayLength = getOwnPropertyDescriptor(getPrototypeOf(Uint8Array.prototype), 'length')!.get as (this: unknown) => number;
const setSize = getOwnPropertyDescriptor(Set.prototype, 'size')!.get as (this: unknown) => number;

const keyStrRegExp = /^[a-zA-Z_][a-zA-Z_0-9]*$/;
const numberRegExp = /^(0|[1-9][0-9]*)$/;
const colorRegExp = /\u001b\[\d\d?m/g;
const ansiPattern = /[\u001B\u009B][[\]()#;?]*(?:(?:(?:(?:;[-a-zA-Z\d/#&.:=?%@~_]+)*|[a-zA-Z\d]+(?:;[-a-zA-Z\d/#&.:=?%@~_]*)*)?\u0007)|(?:(?:\d{1,4}(?:;\d{0,4})*)?[\dA-PR-TZcf-ntqry=><~]))/g;
const escapeTestDefault = /[\x00-\x1f\x27\x5c\x7f-\x9f]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;
const escapeTestNoQuote = /[\x00-\x1f\x5c\x7f-\x9f]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;
const escapeAllDefault = /[\x00-\x1f\x27\x5c\x7f-\x9f]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;
const escapeAllNoQuote = /[\x00-\x1f\x5c\x7f-\x9f]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;
const classBodyRegExp = /^(\s+[^(]*?)\s*{/;
const commentsRegExp = /(\/\/.*?\n)|(\/\*(.|\n)*?\*\/)/g;
const coreFrameRegExp = /^ {4}at (?:[^/\\(]+ \(|)node:(.+):\d+:\d+\)?$/;
const nodeModulesRegExp = /node_modules[\\/]((?:@[^\\/]+[\\/])?[^\\/]+)/g;

/** How each code unit that needs escaping is written inside quotes. */
const escapes: string[] = [];
for (let i = 0; i < 0xa0; i++) {
  if (i < 0x20 || (i >= 0x7f && i < 0xa0)) escapes[i] = `\\x${i.toString(16).toUpperCase().padStart(2, '0')}`;
}
escapes[8] = '\\b';
escapes[9] = '\\t';
escapes[10] = '\\n';
escapes[12] = '\\f';
escapes[13] = '\\r';
escapes[39] = "\\'";
escapes[92] = '\\\\';

function escapeOne(ch: string): string {
  const code = ch.charCodeAt(0);
  return code < 0xa0 ? escapes[code] : `\\u${code.toString(16)}`;
}

// Quote choice: single quotes unless the text holds one; then double, then backtick, then escaped single.
const kSingle = 0;
const kDouble = 1;
const kBacktick = 2;

function quoteString(str: string): string {
  let quote = kSingle;
  if (str.includes("'")) {
    if (!str.includes('"')) quote = kDouble;
    else if (!str.includes('`') && !str.includes('${')) quote = kBacktick;
  }
  const test = quote === kSingle ? escapeTestDefault : escapeTestNoQuote;
  if (str.length < 5000 && !test.test(str)) return addQuotes(str, quote);
  return addQuotes(str.replace(quote === kSingle ? escapeAllDefault : escapeAllNoQuote, escapeOne), quote);
}

function addQuotes(str: string, quote: number): string {
  if (quote === kDouble) return `"${str}"`;
  if (quote === kBacktick) return `\`${str}\``;
  return `'${str}'`;
}

function escapeKey(key: string): string {
  return key.replace(escapeAllDefault, escapeOne);
}

function stylizeNoColor(str: string): string {
  return str;
}

function stylizeWithColor(str: string, styleType: string): string {
  const style = inspect.styles[styleType];
  if (style !== undefined) {
    const color = inspect.colors[style];
    if (color !== undefined) return `\u001b[${color[0]}m${str}\u001b[${color[1]}m`;
  }
  return str;
}

function removeColors(str: string): string {
  return str.replace(colorRegExp, '');
}

/** Strips ANSI escape sequences (colors, cursor moves) from `str`. */
export function stripVTControlCharacters(str: string): string {
  validateString(str, 'str');
  return str.replace(ansiPattern, '');
}

/** Node's internal notion of an error: a native error or anything inheriting from Error. */
export function isError(value: unknown): value is Error {
  return isNativeError(value) || value instanceof Error;
}

// The engine's own global classes and namespaces, as Node lists them before any of its globals exist.
const builtInObjects = new Set([
  'Object', 'Function', 'Array', 'Number', 'Infinity', 'NaN', 'Boolean', 'String', 'Symbol', 'Date',
  'Promise', 'RegExp', 'Error', 'AggregateError', 'EvalError', 'RangeError', 'ReferenceError',
  'SyntaxError', 'TypeError', 'URIError', 'JSON', 'Math', 'Intl', 'ArrayBuffer', 'Uint8Array',
  'Int8Array', 'Uint16Array', 'Int16Array', 'Uint32Array', 'Int32Array', 'Float32Array',
  'Float64Array', 'Uint8ClampedArray', 'BigUint64Array', 'BigInt64Array', 'DataView', 'Map', 'BigInt',
  'Set', 'WeakMap', 'WeakSet', 'Proxy', 'Reflect', 'FinalizationRegistry', 'WeakRef',
]);

let workingDirectory: (() => string) | undefined;

/** Lets the process runtime name its cwd, which colored stack traces dim. */
export function setInspectWorkingDirectory(provider: (() => string) | undefined): void {
  workingDirectory = provider;
}

function inspectImpl(value: unknown, opts?: boolean | InspectOptions, ...legacy: unknown[]): string {
  const defaults = inspectDefaultOptions;
  const ctx: Context = {
    budget: {},
    indentationLvl: 0,
    seen: [],
    currentDepth: 0,
    stylize: stylizeNoColor,
    showHidden: defaults.showHidden,
    depth: defaults.depth as number,
    colors: defaults.colors,
    customInspect: defaults.customInspect,
    showProxy: defaults.showProxy,
    maxArrayLength: defaults.maxArrayLength as number,
    maxStringLength: defaults.maxStringLength as number,
    breakLength: defaults.breakLength,
    compact: defaults.compact,
    sorted: defaults.sorted,
    getters: defaults.getters,
    numericSeparator: defaults.numericSeparator,
  };
  if (legacy.length > 0) {
    // Old signature: inspect(value, showHidden, depth, colors).
    if (legacy[0] !== undefined) ctx.depth = legacy[0] as number;
    if (legacy.length > 1 && legacy[1] !== undefined) ctx.colors = legacy[1] as boolean;
  }
  if (typeof opts === 'boolean') {
    ctx.showHidden = opts;
  } else if (opts) {
    const keys = Object.keys(opts);
    for (let i = 0; i < keys.length; i++) {
      const key = keys[i];
      if (hasOwn.call(inspectDefaultOptions, key) || key === 'stylize') {
        (ctx as unknown as Record<string, unknown>)[key] = opts[key];
      } else if (ctx.userOptions === undefined) {
        ctx.userOptions = opts;
      }
    }
  }
  if (ctx.colors) ctx.stylize = stylizeWithColor;
  if (ctx.maxArrayLength === null) ctx.maxArrayLength = Infinity;
  if (ctx.maxStringLength === null) ctx.maxStringLength = Infinity;
  return formatValue(ctx, value, 0);
}

type ColorTable = Record<string, [number, number]>;
type InspectFunction = typeof inspectImpl & {
  custom: typeof customInspectSymbol;
  defaultOptions: typeof inspectDefaultOptions;
  colors: ColorTable;
  styles: Record<string, string>;
};

export const inspect = inspectImpl as InspectFunction;

Object.defineProperty(inspect, 'custom', { value: customInspectSymbol, enumerable: false, writable: false, configurable: false });
Object.defineProperty(inspect, 'defaultOptions', {
  get() {
    return inspectDefaultOptions;
  },
  set(options: unknown) {
    validateObject(options, 'options');
    Object.assign(inspectDefaultOptions, options);
  },
});

inspect.colors = Object.assign(Object.create(null) as ColorTable, {
  reset: [0, 0], bold: [1, 22], dim: [2, 22], italic: [3, 23], underline: [4, 24], blink: [5, 25],
  inverse: [7, 27], hidden: [8, 28], strikethrough: [9, 29], doubleunderline: [21, 24],
  black: [30, 39], red: [31, 39], green: [32, 39], yellow: [33, 39], blue: [34, 39], magenta: [35, 39],
  cyan: [36, 39], white: [37, 39], bgBlack: [40, 49], bgRed: [41, 49], bgGreen: [42, 49],
  bgYellow: [43, 49], bgBlue: [44, 49], bgMagenta: [45, 49], bgCyan: [46, 49], bgWhite: [47, 49],
  framed: [51, 54], overlined: [53, 55], gray: [90, 39], redBright: [91, 39], greenBright: [92, 39],
  yellowBright: [93, 39], blueBright: [94, 39], magentaBright: [95, 39], cyanBright: [96, 39],
  whiteBright: [97, 39], bgGray: [100, 49], bgRedBright: [101, 49], bgGreenBright: [102, 49],
  bgYellowBright: [103, 49], bgBlueBright: [104, 49], bgMagentaBright: [105, 49], bgCyanBright: [106, 49],
  bgWhiteBright: [107, 49],
} satisfies ColorTable);

const colorAliases: [string, string][] = [
  ['grey', 'gray'], ['blackBright', 'gray'], ['bgGrey', 'bgGray'], ['bgBlackBright', 'bgGray'],
  ['faint', 'dim'], ['crossedout', 'strikethrough'], ['strikeThrough', 'strikethrough'],
  ['crossedOut', 'strikethrough'], ['conceal', 'hidden'], ['swapColors', 'inverse'],
  ['swapcolors', 'inverse'], ['doubleUnderline', 'doubleunderline'],
];
for (const [alias, target] of colorAliases) {
  Object.defineProperty(inspect.colors, alias, {
    get(this: ColorTable) {
      return this[target];
    },
    set(this: ColorTable, value: [number, number]) {
      this[target] = value;
    },
    configurable: true,
    enumerable: false,
  });
}

inspect.styles = Object.assign(Object.create(null) as Record<string, string>, {
  special: 'cyan', number: 'yellow', bigint: 'yellow', boolean: 'yellow', undefined: 'grey',
  null: 'bold', string: 'green', symbol: 'green', date: 'magenta', regexp: 'red', module: 'underline',
});

function optionsForCustom(ctx: Context): InspectOptions {
  return {
    stylize: ctx.stylize,
    showHidden: ctx.showHidden,
    depth: ctx.depth,
    colors: ctx.colors,
    customInspect: ctx.customInspect,
    showProxy: ctx.showProxy,
    maxArrayLength: ctx.maxArrayLength,
    maxStringLength: ctx.maxStringLength,
    breakLength: ctx.breakLength,
    compact: ctx.compact,
    sorted: ctx.sorted,
    getters: ctx.getters,
    numericSeparator: ctx.numericSeparator,
    ...ctx.userOptions,
  };
}

function formatValue(ctx: Context, value: unknown, recurseTimes: number, inTypedArray?: boolean): string {
  if (typeof value !== 'object' && typeof value !== 'function') return formatPrimitive(ctx.stylize, value, ctx);
  if (value === null) return ctx.stylize('null', 'null');
  const proxy = getProxyDetails(value);
  if (proxy !== undefined) {
    if (ctx.showProxy) return formatProxy(ctx, proxy, recurseTimes);
    value = proxy[0];
    if (typeof value !== 'object' && typeof value !== 'function') return formatPrimitive(ctx.stylize, value, ctx);
    if (value === null) return ctx.stylize('null', 'null');
  }
  const obj = value as Record<PropertyKey, unknown>;
  if (ctx.customInspect) {
    const custom = obj[customInspectSymbol];
    if (typeof custom === 'function' && custom !== inspect) {
      const ctor = obj.constructor as { prototype?: unknown } | undefined;
      // A prototype object is shown as itself, not through the hook meant for its instances.
      if (!(ctor && ctor.prototype === obj)) {
        const depth = ctx.depth === null ? null : ctx.depth - recurseTimes;
        const result = custom.call(obj, depth, optionsForCustom(ctx), inspect);
        if (result !== obj) {
          if (typeof result !== 'string') return formatValue(ctx, result, recurseTimes);
          return result.replaceAll('\n', `\n${' '.repeat(ctx.indentationLvl)}`);
        }
      }
    }
  }
  if (ctx.seen.includes(value)) {
    let index = 1;
    if (ctx.circular === undefined) {
      ctx.circular = new Map([[value, index]]);
    } else {
      const known = ctx.circular.get(value);
      if (known === undefined) {
        index = ctx.circular.size + 1;
        ctx.circular.set(value, index);
      } else {
        index = known;
      }
    }
    return ctx.stylize(`[Circular *${index}]`, 'special');
  }
  return formatRaw(ctx, obj, recurseTimes, inTypedArray);
}

function prefixOf(constructor: string | null, tag: string, fallback: string, size = ''): string {
  if (constructor === null) {
    if (tag !== '' && fallback !== tag) return `[${fallback}${size}: null prototype] [${tag}] `;
    return `[${fallback}${size}: null prototype] `;
  }
  if (tag !== '' && constructor !== tag) return `${constructor}${size} [${tag}] `;
  return `${constructor}${size} `;
}

function isInstanceOf(value: unknown, ctor: Function): boolean {
  try {
    return value instanceof ctor;
  } catch {
    return false;
  }
}

/** The first named constructor up the chain that `value` is an instance of; null for a null prototype. */
function constructorNameOf(value: object, ctx: Context, recurseTimes: number, protoProps?: string[]): string | null {
  let firstProto: object | null | undefined;
  let obj: object | null = value;
  while (obj) {
    const descriptor = getOwnPropertyDescriptor(obj, 'constructor');
    if (descriptor !== undefined && typeof descriptor.value === 'function' &&
        descriptor.value.name !== '' && isInstanceOf(value, descriptor.value)) {
      if (protoProps !== undefined && (firstProto !== obj || !builtInObjects.has(descriptor.value.name))) {
        addPrototypeProperties(ctx, value, firstProto || value, recurseTimes, protoProps);
      }
      return String(descriptor.value.name);
    }
    obj = getPrototypeOf(obj) as object | null;
    if (firstProto === undefined) firstProto = obj;
  }
  if (firstProto === null) return null;
  const builtinName = Object.prototype.toString.call(value).slice(8, -1);
  if (recurseTimes > ctx.depth && ctx.depth !== null) return `${builtinName} <Complex prototype>`;
  const protoName = constructorNameOf(firstProto as object, ctx, recurseTimes + 1, protoProps);
  if (protoName === null) {
    const shown = inspect(firstProto, { ...ctxOptions(ctx), customInspect: false, depth: -1 });
    return `${builtinName} <${shown}>`;
  }
  return `${builtinName} <${protoName}>`;
}

/**
 * With showHidden, the non-method properties of up to three user-defined prototype layers are listed
 * too (getters mostly), stopping at the first built-in class.
 */
function addPrototypeProperties(ctx: Context, main: object, obj: object, recurseTimes: number, output: string[]): void {
  let depth = 0;
  let keys: PropertyKey[] = [];
  let keySet: Set<PropertyKey> | undefined;
  let layer: object | null = obj;
  do {
    if (depth !== 0 || main === layer) {
      layer = getPrototypeOf(layer) as object | null;
      if (layer === null) return;
      const descriptor = getOwnPropertyDescriptor(layer, 'constructor');
      if (descriptor !== undefined && typeof descriptor.value === 'function' && builtInObjects.has(descriptor.value.name)) {
        return;
      }
    }
    if (depth === 0) keySet = new Set();
    else for (const key of keys) keySet!.add(key);
    keys = Reflect.ownKeys(layer as object);
    ctx.seen.push(main);
    for (const key of keys) {
      if (key === 'constructor' || hasOwn.call(main, key) || (depth !== 0 && keySet!.has(key))) continue;
      const desc = getOwnPropertyDescriptor(layer, key)!;
      if (typeof desc.value === 'function') continue;
      const shown = formatProperty(ctx, layer as object, recurseTimes, key, kObjectType, desc, main);
      output.push(ctx.colors ? `\u001b[2m${shown}\u001b[22m` : shown);
    }
    ctx.seen.pop();
  } while (++depth !== 3);
}

function ctxOptions(ctx: Context): InspectOptions {
  return {
    showHidden: ctx.showHidden, depth: ctx.depth, colors: ctx.colors, customInspect: ctx.customInspect,
    showProxy: ctx.showProxy, maxArrayLength: ctx.maxArrayLength, maxStringLength: ctx.maxStringLength,
    breakLength: ctx.breakLength, compact: ctx.compact, sorted: ctx.sorted, getters: ctx.getters,
    numericSeparator: ctx.numericSeparator,
  };
}

function isArrayIndex(key: string): boolean {
  if (!numberRegExp.test(key)) return false;
  return key.length < 10 || Number(key) < 4294967295;
}

/** Own keys that are not array indices: strings first, then symbols, enumerable only unless showHidden. */
function nonIndexKeys(value: object, showHidden: boolean): PropertyKey[] {
  const all = Reflect.ownKeys(value);
  const keys: PropertyKey[] = [];
  for (let i = 0; i < all.length; i++) {
    const key = all[i];
    if (typeof key === 'string' && isArrayIndex(key)) continue;
    if (!showHidden && !propertyIsEnumerable.call(value, key)) continue;
    keys.push(key);
  }
  return keys;
}

function ownKeys(value: object, showHidden: boolean): PropertyKey[] {
  let keys: PropertyKey[];
  const symbols = Object.getOwnPropertySymbols(value);
  if (showHidden) {
    keys = Object.getOwnPropertyNames(value);
    for (let i = 0; i < symbols.length; i++) keys.push(symbols[i]);
  } else {
    try {
      keys = Object.keys(value);
    } catch {
      // A namespace object with an uninitialized binding throws from Object.keys.
      keys = Object.getOwnPropertyNames(value);
    }
    for (let i = 0; i < symbols.length; i++) {
      if (propertyIsEnumerable.call(value, symbols[i])) keys.push(symbols[i]);
    }
  }
  return keys;
}

// Brand checks throw on a miss, and throwing is slow: the prototype chain says which brand to try.
// A chain that reaches this realm's Object.prototype through none of these prototypes is an
// ordinary object (kPlain); one that ends elsewhere (null, another realm) gets every check (kAny).
const kAny = 'any';
const kPlain = 'plain';
const ObjectPrototype = Object.prototype;
const brandOfPrototype = new Map<object, string>([
  [Set.prototype, 'Set'], [Map.prototype, 'Map'], [RegExp.prototype, 'RegExp'], [Date.prototype, 'Date'],
  [ArrayBuffer.prototype, 'ArrayBuffer'], [WeakSet.prototype, 'WeakSet'], [WeakMap.prototype, 'WeakMap'],
  [Promise.prototype, 'Promise'], [Number.prototype, 'Boxed'], [String.prototype, 'Boxed'],
  [Boolean.prototype, 'Boxed'], [BigInt.prototype, 'Boxed'], [Symbol.prototype, 'Boxed'],
]);
if (typeof SharedArrayBuffer === 'function') brandOfPrototype.set(SharedArrayBuffer.prototype, 'ArrayBuffer');

function brandHint(value: object): string {
  let found: string | undefined;
  for (let proto = getPrototypeOf(value) as object | null; proto !== null; proto = getPrototypeOf(proto) as object | null) {
    if (proto === ObjectPrototype) return found ?? kPlain;
    if (found === undefined) found = brandOfPrototype.get(proto);
  }
  return kAny;
}

function noEntries(): string[] {
  return [];
}

function formatRaw(ctx: Context, value: Record<PropertyKey, any>, recurseTimes: number, inTypedArray?: boolean): string {
  let keys: PropertyKey[] | undefined;
  let protoProps: string[] | undefined;
  if (ctx.showHidden && (recurseTimes <= ctx.depth || ctx.depth === null)) protoProps = [];
  const constructor = constructorNameOf(value, ctx, recurseTimes, protoProps);
  if (protoProps !== undefined && protoProps.length === 0) protoProps = undefined;
  let tag: unknown = value[Symbol.toStringTag];
  // An own tag is listed among the keys already; print it once.
  if (typeof tag !== 'string' ||
      (tag !== '' && (ctx.showHidden ? hasOwn : propertyIsEnumerable).call(value, Symbol.toStringTag))) {
    tag = '';
  }
  const tagName = tag as string;
  const hint = brandHint(value);
  let base = '';
  // The kind named for a null-prototype value cut off by depth: `[Set: null prototype]`.
  let fallback = 'Object';
  let formatter: Formatter = noEntries;
  let braces: [string, string] = ['{', '}'];
  let noIterator = true;
  let extrasType = kObjectType;

  if (Symbol.iterator in value || constructor === null) {
    noIterator = false;
    if (Array.isArray(value)) {
      const prefix = constructor !== 'Array' || tagName !== ''
        ? prefixOf(constructor, tagName, 'Array', `(${value.length})`) : '';
      keys = nonIndexKeys(value, ctx.showHidden);
      braces = [`${prefix}[`, ']'];
      if (value.length === 0 && keys.length === 0 && protoProps === undefined) return `${braces[0]}]`;
      extrasType = kArrayExtrasType;
      formatter = formatArray;
      fallback = 'Array';
    } else if ((hint === kAny || hint === 'Set') && isSet(value)) {
      const size = setSize.call(value);
      const prefix = prefixOf(constructor, tagName, 'Set', `(${size})`);
      keys = ownKeys(value, ctx.showHidden);
      formatter = formatSet;
      fallback = 'Set';
      if (size === 0 && keys.length === 0 && protoProps === undefined) return `${prefix}{}`;
      braces = [`${prefix}{`, '}'];
    } else if ((hint === kAny || hint === 'Map') && isMap(value)) {
      const size = mapSize.call(value);
      const prefix = prefixOf(constructor, tagName, 'Map', `(${size})`);
      keys = ownKeys(value, ctx.showHidden);
      formatter = formatMap;
      fallback = 'Map';
      if (size === 0 && keys.length === 0 && protoProps === undefined) return `${prefix}{}`;
      braces = [`${prefix}{`, '}'];
    } else if (typedArrayKind(value) !== undefined) {
      keys = nonIndexKeys(value, ctx.showHidden);
      const kind = typedArrayKind(value) as string;
      const size = typedArrayLength.call(value);
      const prefix = prefixOf(constructor, tagName, constructor === null ? kind : '', `(${size})`);
      braces = [`${prefix}[`, ']'];
      if (size === 0 && keys.length === 0 && !ctx.showHidden) return `${braces[0]}]`;
      formatter = formatTypedArray;
      fallback = kind;
      extrasType = kArrayExtrasType;
    } else if (isMapIterator(value)) {
      keys = ownKeys(value, ctx.showHidden);
      braces = iteratorBraces('Map', tagName);
      fallback = 'MapIterator';
      formatter = (c, v, r) => formatIterator(c, v, r, braces);
    } else if (isSetIterator(value)) {
      keys = ownKeys(value, ctx.showHidden);
      braces = iteratorBraces('Set', tagName);
      fallback = 'SetIterator';
      formatter = (c, v, r) => formatIterator(c, v, r, braces);
    } else {
      noIterator = true;
    }
  }
  if (noIterator) {
    keys = ownKeys(value, ctx.showHidden);
    braces = ['{', '}'];
    if (typeof value === 'function') {
      base = functionBase(value, constructor, tagName);
      if (keys.length === 0 && protoProps === undefined) return ctx.stylize(base, 'special');
    } else if (constructor === 'Object') {
      if (isArgumentsObject(value)) {
        braces[0] = '[Arguments] {';
      } else if (tagName !== '') {
        braces[0] = `${prefixOf(constructor, tagName, 'Object')}{`;
      }
      if (keys.length === 0 && protoProps === undefined) return `${braces[0]}}`;
    } else if ((hint === kAny || hint === 'RegExp') && isRegExp(value)) {
      base = RegExp.prototype.toString.call(constructor !== null ? value : new RegExp(value));
      const prefix = prefixOf(constructor, tagName, 'RegExp');
      if (prefix !== 'RegExp ') base = `${prefix}${base}`;
      if ((keys.length === 0 && protoProps === undefined) || (recurseTimes > ctx.depth && ctx.depth !== null)) return ctx.stylize(base, 'regexp');
    } else if ((hint === kAny || hint === 'Date') && isDate(value)) {
      const time = Date.prototype.getTime.call(value);
      base = Number.isNaN(time) ? Date.prototype.toString.call(value) : Date.prototype.toISOString.call(value);
      const prefix = prefixOf(constructor, tagName, 'Date');
      if (prefix !== 'Date ') base = `${prefix}${base}`;
      if (keys.length === 0 && protoProps === undefined) return ctx.stylize(base, 'date');
    } else if (isError(value)) {
      base = formatError(value, constructor, tagName, ctx, keys);
      if (keys.length === 0 && protoProps === undefined) return base;
    } else if ((hint === kAny || hint === 'ArrayBuffer') && isAnyArrayBuffer(value)) {
      fallback = isArrayBuffer(value) ? 'ArrayBuffer' : 'SharedArrayBuffer';
      const prefix = prefixOf(constructor, tagName, fallback);
      if (!inTypedArray) {
        formatter = formatArrayBuffer;
      } else if (keys.length === 0 && protoProps === undefined) {
        return `${prefix}{ byteLength: ${formatNumber(ctx.stylize, value.byteLength as number, false)} }`;
      }
      braces[0] = `${prefix}{`;
      keys.unshift('byteLength');
    } else if (isDataView(value)) {
      fallback = 'DataView';
      braces[0] = `${prefixOf(constructor, tagName, fallback)}{`;
      // `buffer` goes last: unlike the others it is not a primitive.
      keys.unshift('byteLength', 'byteOffset', 'buffer');
    } else if ((hint === kAny || hint === 'Promise') && isPromise(value)) {
      fallback = 'Promise';
      braces[0] = `${prefixOf(constructor, tagName, fallback)}{`;
      formatter = formatPromise;
    } else if ((hint === kAny || hint === 'WeakSet') && isWeakSet(value)) {
      fallback = 'WeakSet';
      braces[0] = `${prefixOf(constructor, tagName, fallback)}{`;
      formatter = formatWeakCollection;
    } else if ((hint === kAny || hint === 'WeakMap') && isWeakMap(value)) {
      fallback = 'WeakMap';
      braces[0] = `${prefixOf(constructor, tagName, fallback)}{`;
      formatter = formatWeakCollection;
    } else if (isModuleNamespaceObject(value)) {
      fallback = 'Module';
      braces[0] = `${prefixOf(constructor, tagName, fallback)}{`;
      const namespaceKeys = keys;
      formatter = (c, v, r) => formatNamespaceObject(namespaceKeys, c, v, r);
    } else if ((hint === kAny || hint === 'Boxed') && isBoxedPrimitive(value)) {
      base = boxedBase(value, ctx, keys, constructor, tagName);
      if (keys.length === 0 && protoProps === undefined) return base;
    } else {
      if (keys.length === 0 && protoProps === undefined) return `${prefixOf(constructor, tagName, 'Object')}{}`;
      braces[0] = `${prefixOf(constructor, tagName, 'Object')}{`;
    }
  }

  if (recurseTimes > ctx.depth && ctx.depth !== null) {
    let name = prefixOf(constructor, tagName, fallback).slice(0, -1);
    if (constructor !== null) name = `[${name}]`;
    return ctx.stylize(name, 'special');
  }
  recurseTimes += 1;
  ctx.seen.push(value);
  ctx.currentDepth = recurseTimes;
  let output: string[];
  const allKeys = keys as PropertyKey[];
  const indentationLvl = ctx.indentationLvl;
  try {
    output = formatter(ctx, value, recurseTimes);
    for (let i = 0; i < allKeys.length; i++) {
      output.push(formatProperty(ctx, value, recurseTimes, allKeys[i], extrasType));
    }
    if (protoProps !== undefined) output.push(...protoProps);
  } catch (err) {
    const name = prefixOf(constructor, tagName, fallback).slice(0, -1);
    return stackOverflowNotice(ctx, err, name, indentationLvl);
  }
  if (ctx.circular !== undefined) {
    const index = ctx.circular.get(value);
    if (index !== undefined) {
      const reference = ctx.stylize(`<ref *${index}>`, 'special');
      if (ctx.compact !== true) base = base === '' ? reference : `${reference} ${base}`;
      else braces[0] = `${reference} ${braces[0]}`;
    }
  }
  ctx.seen.pop();
  if (ctx.sorted) {
    const comparator = ctx.sorted === true ? undefined : ctx.sorted;
    if (extrasType === kObjectType) {
      output.sort(comparator);
    } else if (allKeys.length > 1) {
      const tail = output.slice(output.length - allKeys.length).sort(comparator);
      output.splice(output.length - allKeys.length, allKeys.length, ...tail);
    }
  }
  const res = reduceToSingleString(ctx, output, base, braces, extrasType, recurseTimes, value);
  const budget = (ctx.budget[ctx.indentationLvl] || 0) + res.length;
  ctx.budget[ctx.indentationLvl] = budget;
  // A huge output stops further expansion rather than exhausting memory.
  if (budget > 2 ** 27) ctx.depth = -1;
  return res;
}

function stackOverflowNotice(ctx: Context, err: unknown, name: string, indentationLvl: number): string {
  if (err instanceof RangeError && /call stack/i.test(err.message)) {
    ctx.seen.pop();
    ctx.indentationLvl = indentationLvl;
    return ctx.stylize(`[${name}: Inspection interrupted prematurely. Maximum call stack size exceeded.]`, 'special');
  }
  throw err;
}

function iteratorBraces(type: string, tag: string): [string, string] {
  if (tag !== `${type} Iterator`) {
    if (tag !== '') tag += '] [';
    tag += `${type} Iterator`;
  }
  return [`[${tag}] {`, '}'];
}

function functionBase(value: Function, constructor: string | null, tag: string): string {
  let source = '';
  try {
    source = fnToString.call(value);
  } catch {
    // A revoked or foreign callable has no source; treat it as a plain function.
  }
  if (source.startsWith('class') && source.endsWith('}')) {
    const body = source.slice(5, -1);
    const brace = body.indexOf('{');
    if (brace !== -1 && (!body.slice(0, brace).includes('(') ||
        classBodyRegExp.test(body.replace(commentsRegExp, '')))) {
      return classBase(value, constructor, tag);
    }
  }
  let type = 'Function';
  if (isGeneratorFunction(value)) type = `Generator${type}`;
  if (isAsyncFunction(value)) type = `Async${type}`;
  let base = `[${type}`;
  if (constructor === null) base += ' (null prototype)';
  if (value.name === '') base += ' (anonymous)';
  else base += `: ${value.name}`;
  base += ']';
  if (constructor !== type && constructor !== null) base += ` ${constructor}`;
  if (tag !== '' && constructor !== tag) base += ` [${tag}]`;
  return base;
}

function classBase(value: Function, constructor: string | null, tag: string): string {
  const name = (hasOwn.call(value, 'name') && value.name) || '(anonymous)';
  let base = `class ${name}`;
  if (constructor !== 'Function' && constructor !== null) base += ` [${constructor}]`;
  if (tag !== '' && constructor !== tag) base += ` [${tag}]`;
  if (constructor !== null) {
    const superName = (getPrototypeOf(value) as { name?: string }).name;
    if (superName) base += ` extends ${superName}`;
  } else {
    base += ' extends [null prototype]';
  }
  return `[${base}]`;
}

function boxedBase(value: object, ctx: Context, keys: PropertyKey[], constructor: string | null, tag: string): string {
  let type: string;
  let primitive: unknown;
  if (isNumberObject(value)) {
    type = 'Number';
    primitive = Number.prototype.valueOf.call(value);
  } else if (isStringObject(value)) {
    type = 'String';
    primitive = String.prototype.valueOf.call(value);
    // The index keys only repeat the characters of the string.
    keys.splice(0, (primitive as string).length);
  } else if (isBooleanObject(value)) {
    type = 'Boolean';
    primitive = Boolean.prototype.valueOf.call(value);
  } else if (isBigIntObject(value)) {
    type = 'BigInt';
    primitive = BigInt.prototype.valueOf.call(value);
  } else {
    type = 'Symbol';
    primitive = Symbol.prototype.valueOf.call(value);
  }
  let base = `[${type}`;
  if (type !== constructor) base += constructor === null ? ' (null prototype)' : ` (${constructor})`;
  base += `: ${formatPrimitive(stylizeNoColor, primitive, ctx)}]`;
  if (tag !== '' && tag !== constructor) base += ` [${tag}]`;
  if (keys.length !== 0 || ctx.stylize === stylizeNoColor) return base;
  return ctx.stylize(base, type.toLowerCase());
}

function stackOf(err: Error): string {
  return err.stack ? String(err.stack) : Error.prototype.toString.call(err);
}

function formatError(err: Error, constructor: string | null, tag: string, ctx: Context, keys: PropertyKey[]): string {
  const name = err.name != null ? String(err.name) : 'Error';
  let stack = stackOf(err);
  if (!ctx.showHidden && keys.length !== 0) {
    for (const key of ['name', 'message', 'stack']) {
      const index = keys.indexOf(key);
      // Hide the property only when the stack already shows it.
      if (index !== -1 && stack.includes((err as unknown as Record<string, string>)[key])) keys.splice(index, 1);
    }
  }
  if ('cause' in err && (keys.length === 0 || !keys.includes('cause'))) keys.push('cause');
  if (Array.isArray((err as { errors?: unknown }).errors) && (keys.length === 0 || !keys.includes('errors'))) {
    keys.push('errors');
  }
  stack = improveStack(stack, constructor, name, tag);
  let pos = (err.message && stack.indexOf(err.message)) || -1;
  if (pos !== -1) pos += err.message.length;
  const stackStart = stack.indexOf('\n    at', pos);
  if (stackStart === -1) {
    stack = `[${stack}]`;
  } else {
    let newStack = stack.slice(0, stackStart);
    const lines = stackFrames(ctx, err, stack.slice(stackStart + 1));
    if (ctx.colors) {
      let cwd: string | undefined;
      try {
        cwd = workingDirectory?.();
      } catch {
        // A removed cwd leaves the frames undimmed.
      }
      for (const line of lines) {
        if (coreFrameRegExp.test(line)) {
          newStack += `\n${ctx.stylize(line, 'undefined')}`;
        } else {
          newStack += `\n${markCwd(ctx, markNodeModules(ctx, line), cwd)}`;
        }
      }
    } else {
      newStack += `\n${lines.join('\n')}`;
    }
    stack = newStack;
  }
  if (ctx.indentationLvl !== 0) stack = stack.replaceAll('\n', `\n${' '.repeat(ctx.indentationLvl)}`);
  return stack;
}

function markCwd(ctx: Context, line: string, cwd: string | undefined): string {
  if (cwd === undefined) return line;
  let cwdStart = line.indexOf(cwd);
  if (cwdStart === -1) return line;
  let cwdLength = cwd.length;
  if (line.slice(cwdStart - 7, cwdStart) === 'file://') {
    cwdLength += 7;
    cwdStart -= 7;
  }
  const start = line[cwdStart - 1] === '(' ? cwdStart - 1 : cwdStart;
  const end = start !== cwdStart && line.endsWith(')') ? -1 : line.length;
  const cwdEnd = cwdStart + cwdLength + 1;
  let out = line.slice(0, start) + ctx.stylize(line.slice(start, cwdEnd), 'undefined') + line.slice(cwdEnd, end);
  if (end === -1) out += ctx.stylize(')', 'undefined');
  return out;
}

function markNodeModules(ctx: Context, line: string): string {
  let result = '';
  let last = 0;
  nodeModulesRegExp.lastIndex = 0;
  for (let m = nodeModulesRegExp.exec(line); m !== null; m = nodeModulesRegExp.exec(line)) {
    result += `${line.slice(last, m.index + 13)}${ctx.stylize(m[1], 'module')}`;
    last = m.index + 13 + m[1].length;
  }
  return last === 0 ? line : result + line.slice(last);
}

/** Rewrites the first line of a stack whose header names a different class than the error's. */
function improveStack(stack: string, constructor: string | null, name: string, tag: string): string {
  let len = name.length;
  if (constructor === null ||
      (name.endsWith('Error') && stack.startsWith(name) &&
       (stack.length === len || stack[len] === ':' || stack[len] === '\n'))) {
    let fallback = 'Error';
    if (constructor === null) {
      const start = /^([A-Z][a-z_ A-Z0-9[\]()-]+)(?::|\n\s+at)/.exec(stack) || /^([a-z_A-Z0-9-]*Error)$/.exec(stack);
      fallback = (start && start[1]) || '';
      len = fallback.length;
      fallback = fallback || 'Error';
    }
    const prefix = prefixOf(constructor, tag, fallback).slice(0, -1);
    if (name !== prefix) {
      if (prefix.includes(name)) {
        stack = len === 0 ? `${prefix}: ${stack}` : `${prefix}${stack.slice(len)}`;
      } else {
        stack = `${prefix} [${name}]${stack.slice(len)}`;
      }
    }
  }
  return stack;
}

/** The frames of `err`, with those repeated from its cause's stack folded into one line. */
function stackFrames(ctx: Context, err: Error, stack: string): string[] {
  const frames = stack.split('\n');
  let cause: unknown;
  try {
    cause = (err as { cause?: unknown }).cause;
  } catch {
    // A throwing `cause` getter hides nothing.
  }
  if (cause != null && isError(cause)) {
    const causeStack = stackOf(cause);
    const causeStart = causeStack.indexOf('\n    at');
    if (causeStart !== -1) {
      const causeFrames = causeStack.slice(causeStart + 1).split('\n');
      const { len, offset } = commonRun(frames, causeFrames);
      if (len > 0) {
        const skipped = len - 2;
        const msg = `    ... ${skipped} lines matching cause stack trace ...`;
        frames.splice(offset + 1, skipped, ctx.stylize(msg, 'undefined'));
      }
    }
  }
  return frames;
}

function commonRun(a: string[], b: string[]): { len: number; offset: number } {
  for (let i = 0; i < a.length - 3; i++) {
    const pos = b.indexOf(a[i]);
    if (pos !== -1) {
      const rest = b.length - pos;
      if (rest > 3) {
        let len = 1;
        const maxLen = Math.min(a.length - i, rest);
        while (maxLen > len && a[i + len] === b[pos + len]) len++;
        if (len > 3) return { len, offset: i };
      }
    }
  }
  return { len: 0, offset: 0 };
}

function remainingText(remaining: number): string {
  return `... ${remaining} more item${remaining > 1 ? 's' : ''}`;
}

function formatArray(ctx: Context, value: unknown[], recurseTimes: number): string[] {
  const valLen = value.length;
  const len = Math.min(Math.max(0, ctx.maxArrayLength), valLen);
  const output: string[] = [];
  for (let i = 0; i < len; i++) {
    if (!hasOwn.call(value, i)) return formatSparseArray(ctx, value, recurseTimes, len, output, i);
    output.push(formatProperty(ctx, value, recurseTimes, i, kArrayType));
  }
  if (valLen - len > 0) output.push(remainingText(valLen - len));
  return output;
}

function formatSparseArray(ctx: Context, value: unknown[], recurseTimes: number, maxLength: number,
  output: string[], start: number): string[] {
  const keys = Object.keys(value);
  let index = start;
  for (let i = start; i < keys.length && output.length < maxLength; i++) {
    const key = keys[i];
    const numeric = +key;
    if (numeric > 2 ** 32 - 2) break;
    if (`${index}` !== key) {
      if (!numberRegExp.test(key)) break;
      const empty = numeric - index;
      output.push(ctx.stylize(`<${empty} empty item${empty > 1 ? 's' : ''}>`, 'undefined'));
      index = numeric;
      if (output.length === maxLength) break;
    }
    output.push(formatProperty(ctx, value, recurseTimes, key, kArrayType));
    index++;
  }
  const remaining = value.length - index;
  if (output.length !== maxLength) {
    if (remaining > 0) output.push(ctx.stylize(`<${remaining} empty item${remaining > 1 ? 's' : ''}>`, 'undefined'));
  } else if (remaining > 0) {
    output.push(remainingText(remaining));
  }
  return output;
}

function formatTypedArray(ctx: Context, value: any, recurseTimes: number): string[] {
  // Without a prototype the view has no accessors; a copy of the same kind has them all.
  if (getPrototypeOf(value) === null) {
    value = new (globalThis as unknown as Record<string, new (v: unknown) => unknown>)[typedArrayKind(value) as string](value);
  }
  const length = value.length as number;
  const maxLength = Math.min(Math.max(0, ctx.maxArrayLength), length);
  const remaining = length - maxLength;
  const output: string[] = new Array(maxLength);
  if (maxLength > 0 && typeof value[0] === 'number') {
    for (let i = 0; i < maxLength; i++) output[i] = formatNumber(ctx.stylize, value[i], ctx.numericSeparator);
  } else {
    for (let i = 0; i < maxLength; i++) output[i] = formatBigInt(ctx.stylize, value[i], ctx.numericSeparator);
  }
  if (remaining > 0) output[maxLength] = remainingText(remaining);
  if (ctx.showHidden) {
    ctx.indentationLvl += 2;
    for (const key of ['BYTES_PER_ELEMENT', 'length', 'byteLength', 'byteOffset', 'buffer']) {
      output.push(`[${key}]: ${formatValue(ctx, value[key], recurseTimes, true)}`);
    }
    ctx.indentationLvl -= 2;
  }
  return output;
}

function hexBytes(bytes: Uint8Array, count: number): string {
  let out = '';
  for (let i = 0; i < count; i++) {
    const b = bytes[i];
    out += i === 0 ? '' : ' ';
    out += b < 16 ? `0${b.toString(16)}` : b.toString(16);
  }
  return out;
}

function formatArrayBuffer(ctx: Context, value: ArrayBuffer): string[] {
  let bytes: Uint8Array;
  try {
    bytes = new Uint8Array(value);
  } catch {
    return [ctx.stylize('(detached)', 'special')];
  }
  let str = hexBytes(bytes, Math.min(ctx.maxArrayLength, bytes.length));
  const remaining = bytes.length - ctx.maxArrayLength;
  if (remaining > 0) str += ` ... ${remaining} more byte${remaining > 1 ? 's' : ''}`;
  return [`${ctx.stylize('[Uint8Contents]', 'special')}: <${str}>`];
}

// A Map or Set with a null prototype is walked through its iterator, which has no size: Node then
// prints every entry whatever maxArrayLength says.
function formatSet(ctx: Context, value: Set<unknown>, recurseTimes: number): string[] {
  const length = setSize.call(value);
  const maxLength = getPrototypeOf(value) === null ? length : Math.min(Math.max(0, ctx.maxArrayLength), length);
  const output: string[] = [];
  ctx.indentationLvl += 2;
  let i = 0;
  for (const v of Set.prototype.values.call(value)) {
    if (i >= maxLength) break;
    output.push(formatValue(ctx, v, recurseTimes));
    i++;
  }
  if (length - maxLength > 0) output.push(remainingText(length - maxLength));
  ctx.indentationLvl -= 2;
  return output;
}

function formatMap(ctx: Context, value: Map<unknown, unknown>, recurseTimes: number): string[] {
  const length = mapSize.call(value);
  const maxLength = getPrototypeOf(value) === null ? length : Math.min(Math.max(0, ctx.maxArrayLength), length);
  const output: string[] = [];
  ctx.indentationLvl += 2;
  let i = 0;
  for (const [k, v] of Map.prototype.entries.call(value)) {
    if (i >= maxLength) break;
    output.push(`${formatValue(ctx, k, recurseTimes)} => ${formatValue(ctx, v, recurseTimes)}`);
    i++;
  }
  if (length - maxLength > 0) output.push(remainingText(length - maxLength));
  ctx.indentationLvl -= 2;
  return output;
}

/** Plain JavaScript cannot read a promise's state: the host tells it where it can, else it shows as pending. */
function formatPromise(ctx: Context, value: Promise<unknown>, recurseTimes: number): string[] {
  const details = host()?.promiseState?.(value);
  if (details === undefined || details.state === 'pending') return [ctx.stylize('<pending>', 'special')];
  ctx.indentationLvl += 2;
  const result = formatValue(ctx, details.value, recurseTimes);
  ctx.indentationLvl -= 2;
  return [details.state === 'rejected' ? `${ctx.stylize('<rejected>', 'special')} ${result}` : result];
}

/** A weak collection's entries are shown with `showHidden` only, where the host can list them. */
function formatWeakCollection(ctx: Context, value: object, recurseTimes: number): string[] {
  const preview = ctx.showHidden ? host()?.previewEntries?.(value) : undefined;
  if (preview === undefined) return [ctx.stylize('<items unknown>', 'special')];
  // Weak entries have no order of their own: sorted, so the output does not depend on the engine.
  const output = preview.keyValue
    ? formatEntryPairs(ctx, preview.entries, recurseTimes, (k, v) => `${k} => ${v}`)
    : formatEntryList(ctx, preview.entries, recurseTimes);
  if (!ctx.sorted) output.sort();
  return output;
}

/**
 * What a Map or Set iterator has left, as the host previews it (plain JavaScript would have to
 * consume it); an entries iterator is shown as `[... Entries]` with `[key, value]` pairs.
 */
function formatIterator(ctx: Context, value: object, recurseTimes: number, braces: [string, string]): string[] {
  const preview = host()?.previewEntries?.(value);
  if (preview === undefined) return [];
  if (!preview.keyValue) return formatEntryList(ctx, preview.entries, recurseTimes);
  braces[0] = braces[0].replace(/ Iterator\] \{$/, ' Entries] {');
  return formatEntryPairs(ctx, preview.entries, recurseTimes,
    (k, v) => reduceToSingleString(ctx, [k, v], '', ['[', ']'], kArrayExtrasType, recurseTimes, undefined));
}

function formatEntryList(ctx: Context, entries: unknown[], recurseTimes: number): string[] {
  const shown = Math.min(Math.max(0, ctx.maxArrayLength), entries.length);
  const output: string[] = [];
  ctx.indentationLvl += 2;
  for (let i = 0; i < shown; i++) output.push(formatValue(ctx, entries[i], recurseTimes));
  ctx.indentationLvl -= 2;
  if (entries.length > shown) output.push(remainingText(entries.length - shown));
  return output;
}

/** `entries` alternates keys and values; `join` makes one line of a formatted pair. */
function formatEntryPairs(ctx: Context, entries: unknown[], recurseTimes: number, join: (k: string, v: string) => string): string[] {
  const pairs = entries.length / 2;
  const shown = Math.min(Math.max(0, ctx.maxArrayLength), pairs);
  const output: string[] = [];
  ctx.indentationLvl += 2;
  for (let i = 0; i < shown; i++) {
    output.push(join(formatValue(ctx, entries[2 * i], recurseTimes), formatValue(ctx, entries[2 * i + 1], recurseTimes)));
  }
  ctx.indentationLvl -= 2;
  if (pairs > shown) output.push(remainingText(pairs - shown));
  return output;
}

function formatNamespaceObject(keys: PropertyKey[], ctx: Context, value: object, recurseTimes: number): string[] {
  const output: string[] = new Array(keys.length);
  for (let i = 0; i < keys.length; i++) {
    try {
      output[i] = formatProperty(ctx, value, recurseTimes, keys[i], kObjectType);
    } catch (err) {
      if (!(err instanceof ReferenceError)) throw err;
      // Format a stand-in property so indentation and breaking match, then swap in the marker.
      const line = formatProperty(ctx, { [keys[i]]: '' }, recurseTimes, keys[i], kObjectType);
      output[i] = line.slice(0, line.lastIndexOf(' ') + 1) + ctx.stylize('<uninitialized>', 'special');
    }
  }
  keys.length = 0;
  return output;
}

function formatProperty(ctx: Context, value: object, recurseTimes: number, key: PropertyKey, type: number,
  knownDesc?: PropertyDescriptor, original: object = value): string {
  let str: string;
  let extra = ' ';
  const desc: PropertyDescriptor = knownDesc || getOwnPropertyDescriptor(value, key) ||
    { value: (value as Record<PropertyKey, unknown>)[key], enumerable: true };
  if (desc.value !== undefined) {
    const diff = ctx.compact !== true || type !== kObjectType ? 2 : 3;
    ctx.indentationLvl += diff;
    str = formatValue(ctx, desc.value, recurseTimes);
    if (diff === 3 && ctx.breakLength < textWidth(str, ctx.colors)) {
      extra = `\n${' '.repeat(ctx.indentationLvl)}`;
    }
    ctx.indentationLvl -= diff;
  } else if (desc.get !== undefined) {
    const label = desc.set !== undefined ? 'Getter/Setter' : 'Getter';
    const s = ctx.stylize;
    if (ctx.getters && (ctx.getters === true ||
        (ctx.getters === 'get' && desc.set === undefined) ||
        (ctx.getters === 'set' && desc.set !== undefined))) {
      try {
        const result = desc.get.call(original);
        ctx.indentationLvl += 2;
        if (result === null) str = `${s(`[${label}:`, 'special')} ${s('null', 'null')}${s(']', 'special')}`;
        else if (typeof result === 'object') str = `${s(`[${label}]`, 'special')} ${formatValue(ctx, result, recurseTimes)}`;
        else str = `${s(`[${label}:`, 'special')} ${formatPrimitive(s, result, ctx)}${s(']', 'special')}`;
        ctx.indentationLvl -= 2;
      } catch (err) {
        const message = `<Inspection threw (${(err as Error).message})>`;
        str = `${s(`[${label}:`, 'special')} ${message}${s(']', 'special')}`;
      }
    } else {
      str = s(`[${label}]`, 'special');
    }
  } else if (desc.set !== undefined) {
    str = ctx.stylize('[Setter]', 'special');
  } else {
    str = ctx.stylize('undefined', 'undefined');
  }
  if (type === kArrayType) return str;
  let name: string;
  if (typeof key === 'symbol') {
    name = `[${ctx.stylize(escapeKey(key.toString()), 'symbol')}]`;
  } else if (key === '__proto__') {
    name = "['__proto__']";
  } else if (desc.enumerable === false) {
    name = `[${escapeKey(key as string)}]`;
  } else if (keyStrRegExp.test(key as string)) {
    name = ctx.stylize(key as string, 'name');
  } else {
    name = ctx.stylize(quoteString(key as string), 'string');
  }
  return `${name}:${extra}${str}`;
}

function textWidth(str: string, colors: boolean): number {
  return colors ? removeColors(str).length : str.length;
}

function isBelowBreakLength(ctx: Context, output: string[], start: number, base: string): boolean {
  let total = output.length + start;
  if (total + output.length > ctx.breakLength) return false;
  for (let i = 0; i < output.length; i++) {
    total += ctx.colors ? removeColors(output[i]).length : output[i].length;
    if (total > ctx.breakLength) return false;
  }
  return base === '' || !base.includes('\n');
}

function formatProxy(ctx: Context, proxy: [unknown, unknown], recurseTimes: number): string {
  if (ctx.depth !== null && recurseTimes > ctx.depth) return ctx.stylize('Proxy [Array]', 'special');
  recurseTimes += 1;
  ctx.indentationLvl += 2;
  const parts = [formatValue(ctx, proxy[0], recurseTimes), formatValue(ctx, proxy[1], recurseTimes)];
  ctx.indentationLvl -= 2;
  return reduceToSingleString(ctx, parts, '', ['Proxy [', ']'], kArrayExtrasType, recurseTimes, undefined);
}

function reduceToSingleString(ctx: Context, output: string[], base: string, braces: [string, string],
  extrasType: number, recurseTimes: number, value: unknown): string {
  if (ctx.compact !== true) {
    if (typeof ctx.compact === 'number' && ctx.compact >= 1) {
      const entries = output.length;
      if (extrasType === kArrayExtrasType && entries > 6) output = groupArrayElements(ctx, output, value);
      // Join on one line only objects whose nesting below is shallower than `compact`.
      if (ctx.currentDepth - recurseTimes < ctx.compact && entries === output.length) {
        const start = output.length + ctx.indentationLvl + braces[0].length + base.length + 10;
        if (isBelowBreakLength(ctx, output, start, base)) {
          const joined = output.join(', ');
          if (!joined.includes('\n')) {
            return `${base ? `${base} ` : ''}${braces[0]} ${joined} ${braces[1]}`;
          }
        }
      }
    }
    const indentation = `\n${' '.repeat(ctx.indentationLvl)}`;
    return `${base ? `${base} ` : ''}${braces[0]}${indentation}  ${output.join(`,${indentation}  `)}${indentation}${braces[1]}`;
  }
  if (isBelowBreakLength(ctx, output, 0, base)) {
    return `${braces[0]}${base ? ` ${base}` : ''} ${output.join(', ')} ${braces[1]}`;
  }
  const indentation = ' '.repeat(ctx.indentationLvl);
  const lineStart = base === '' && braces[0].length === 1 ? ' ' : `${base ? ` ${base}` : ''}\n${indentation}  `;
  return `${braces[0]}${lineStart}${output.join(`,\n${indentation}  `)} ${braces[1]}`;
}

/** Lays many short array entries out in aligned columns, roughly as a square block. */
function groupArrayElements(ctx: Context, output: string[], value: unknown): string[] {
  let totalLength = 0;
  let maxLength = 0;
  let outputLength = output.length;
  // The "... more items" line is not part of the grid.
  if (ctx.maxArrayLength < output.length) outputLength--;
  const separatorSpace = 2;
  const dataLen: number[] = new Array(outputLength);
  for (let i = 0; i < outputLength; i++) {
    const len = ctx.colors ? removeColors(output[i]).length : output[i].length;
    dataLen[i] = len;
    totalLength += len + separatorSpace;
    if (maxLength < len) maxLength = len;
  }
  const actualMax = maxLength + separatorSpace;
  // Group only when three columns fit and no entry dwarfs the others.
  if (actualMax * 3 + ctx.indentationLvl < ctx.breakLength &&
      (totalLength / actualMax > 5 || maxLength <= 6)) {
    const averageBias = Math.sqrt(actualMax - totalLength / output.length);
    const biasedMax = Math.max(actualMax - 3 - averageBias, 1);
    const columns = Math.min(
      Math.round(Math.sqrt(2.5 * biasedMax * outputLength) / biasedMax),
      Math.floor((ctx.breakLength - ctx.indentationLvl) / actualMax),
      (ctx.compact as number) * 4,
      15,
    );
    if (columns <= 1) return output;
    const grouped: string[] = [];
    const maxLineLength: number[] = [];
    for (let i = 0; i < columns; i++) {
      let lineLength = 0;
      for (let j = i; j < output.length; j += columns) {
        if (dataLen[j] > lineLength) lineLength = dataLen[j];
      }
      maxLineLength.push(lineLength + separatorSpace);
    }
    // Numbers align right, everything else left.
    let padStart = true;
    if (value !== undefined) {
      const items = value as unknown[];
      for (let i = 0; i < output.length; i++) {
        if (typeof items[i] !== 'number' && typeof items[i] !== 'bigint') {
          padStart = false;
          break;
        }
      }
    }
    for (let i = 0; i < outputLength; i += columns) {
      const max = Math.min(i + columns, outputLength);
      let line = '';
      let j = i;
      for (; j < max - 1; j++) {
        const padding = maxLineLength[j - i] + output[j].length - dataLen[j];
        line += padStart ? `${output[j]}, `.padStart(padding, ' ') : `${output[j]}, `.padEnd(padding, ' ');
      }
      if (padStart) {
        const padding = maxLineLength[j - i] + output[j].length - dataLen[j] - separatorSpace;
        line += output[j].padStart(padding, ' ');
      } else {
        line += output[j];
      }
      grouped.push(line);
    }
    if (ctx.maxArrayLength < output.length) grouped.push(output[outputLength]);
    output = grouped;
  }
  return output;
}

function formatPrimitive(stylize: Stylize, value: unknown, ctx: Context): string {
  if (typeof value === 'string') {
    let trailer = '';
    if (value.length > ctx.maxStringLength) {
      const remaining = value.length - ctx.maxStringLength;
      value = value.slice(0, ctx.maxStringLength);
      trailer = `... ${remaining} more character${remaining > 1 ? 's' : ''}`;
    }
    const str = value as string;
    // Long strings are split after each newline so they read as lines.
    if (ctx.compact !== true && str.length > 16 && str.length > ctx.breakLength - ctx.indentationLvl - 4) {
      const lines = str.split(/(?<=\n)/);
      let out = '';
      const joiner = ` +\n${' '.repeat(ctx.indentationLvl + 2)}`;
      for (let i = 0; i < lines.length; i++) {
        if (i > 0) out += joiner;
        out += stylize(quoteString(lines[i]), 'string');
      }
      return out + trailer;
    }
    return stylize(quoteString(str), 'string') + trailer;
  }
  if (typeof value === 'number') return formatNumber(stylize, value, ctx.numericSeparator);
  if (typeof value === 'bigint') return formatBigInt(stylize, value, ctx.numericSeparator);
  if (typeof value === 'boolean') return stylize(`${value}`, 'boolean');
  if (typeof value === 'undefined') return stylize('undefined', 'undefined');
  return stylize((value as symbol).toString(), 'symbol');
}

function groupIntegerDigits(digits: string): string {
  const start = digits[0] === '-' ? 1 : 0;
  let result = '';
  let i = digits.length;
  for (; i >= start + 4; i -= 3) result = `_${digits.slice(i - 3, i)}${result}`;
  return i === digits.length ? digits : `${digits.slice(0, i)}${result}`;
}

function groupFractionDigits(digits: string): string {
  let result = '';
  let i = 0;
  for (; i < digits.length - 3; i += 3) result += `${digits.slice(i, i + 3)}_`;
  return i === 0 ? digits : `${result}${digits.slice(i)}`;
}

function formatNumber(stylize: Stylize, number: number, numericSeparator: boolean): string {
  if (!numericSeparator) {
    if (Object.is(number, -0)) return stylize('-0', 'number');
    return stylize(`${number}`, 'number');
  }
  const integer = Math.trunc(number);
  const integerText = String(integer);
  if (integer === number) {
    if (!Number.isFinite(number) || integerText.includes('e')) return stylize(integerText, 'number');
    return stylize(groupIntegerDigits(integerText), 'number');
  }
  if (Number.isNaN(number)) return stylize(integerText, 'number');
  const text = String(number);
  const dot = text.indexOf('.');
  return stylize(`${groupIntegerDigits(text.slice(0, dot))}.${groupFractionDigits(text.slice(dot + 1))}`, 'number');
}

function formatBigInt(stylize: Stylize, bigint: bigint, numericSeparator: boolean): string {
  const text = String(bigint);
  return stylize(`${numericSeparator ? groupIntegerDigits(text) : text}n`, 'bigint');
}

/** Whether `String(value)` would use a built-in toString rather than the object's own. */
function hasBuiltInToString(value: Record<PropertyKey, unknown>): boolean {
  if (typeof value.toString !== 'function') return true;
  if (hasOwn.call(value, 'toString')) return false;
  let pointer: object | null = value;
  do {
    pointer = getPrototypeOf(pointer) as object | null;
  } while (pointer !== null && !hasOwn.call(pointer, 'toString'));
  if (pointer === null) return true;
  const descriptor = getOwnPropertyDescriptor(pointer, 'constructor');
  return descriptor !== undefined && typeof descriptor.value === 'function' && builtInObjects.has(descriptor.value.name);
}

let circularJsonMessage: string | undefined;

function firstLine(err: unknown): string {
  const message = String((err as Error)?.message ?? '');
  const end = message.indexOf('\n');
  return end === -1 ? message : message.slice(0, end);
}

function stringifyForFormat(value: unknown): string {
  try {
    return JSON.stringify(value);
  } catch (err) {
    if (circularJsonMessage === undefined) {
      try {
        const loop: Record<string, unknown> = {};
        loop.self = loop;
        JSON.stringify(loop);
      } catch (loopError) {
        circularJsonMessage = firstLine(loopError);
      }
    }
    if ((err as Error)?.name === 'TypeError' && firstLine(err) === circularJsonMessage) return '[Circular]';
    throw err;
  }
}

function formatNumberPlain(number: number, options: InspectOptions | undefined): string {
  return formatNumber(stylizeNoColor, number, options?.numericSeparator ?? inspectDefaultOptions.numericSeparator);
}

function formatBigIntPlain(bigint: bigint, options: InspectOptions | undefined): string {
  return formatBigInt(stylizeNoColor, bigint, options?.numericSeparator ?? inspectDefaultOptions.numericSeparator);
}

function formatWithOptionsInternal(options: InspectOptions | undefined, args: unknown[]): string {
  const first = args[0];
  let a = 0;
  let str = '';
  let join = '';
  if (typeof first === 'string') {
    if (args.length === 1) return first;
    let lastPos = 0;
    let piece: string;
    for (let i = 0; i < first.length - 1; i++) {
      if (first.charCodeAt(i) !== 37) continue; // '%'
      const next = first.charCodeAt(++i);
      if (a + 1 !== args.length) {
        switch (next) {
          case 115: { // 's'
            const arg = args[++a];
            if (typeof arg === 'number') piece = formatNumberPlain(arg, options);
            else if (typeof arg === 'bigint') piece = formatBigIntPlain(arg, options);
            else if (typeof arg !== 'object' || arg === null || !hasBuiltInToString(arg as Record<PropertyKey, unknown>)) piece = String(arg);
            else piece = inspect(arg, { ...options, depth: 0, colors: false, compact: 3 });
            break;
          }
          case 106: // 'j'
            piece = stringifyForFormat(args[++a]);
            break;
          case 100: { // 'd'
            const arg = args[++a];
            if (typeof arg === 'bigint') piece = formatBigIntPlain(arg, options);
            else if (typeof arg === 'symbol') piece = 'NaN';
            else piece = formatNumberPlain(Number(arg), options);
            break;
          }
          case 79: // 'O'
            piece = inspect(args[++a], options);
            break;
          case 111: // 'o'
            piece = inspect(args[++a], { ...options, showHidden: true, showProxy: true, depth: 4 });
            break;
          case 105: { // 'i'
            const arg = args[++a];
            if (typeof arg === 'bigint') piece = formatBigIntPlain(arg, options);
            else if (typeof arg === 'symbol') piece = 'NaN';
            else piece = formatNumberPlain(Number.parseInt(arg as string), options);
            break;
          }
          case 102: { // 'f'
            const arg = args[++a];
            if (typeof arg === 'symbol') piece = 'NaN';
            else piece = formatNumberPlain(Number.parseFloat(arg as string), options);
            break;
          }
          case 99: // 'c': CSS has no meaning on a terminal
            a += 1;
            piece = '';
            break;
          case 37: // '%'
            str += first.slice(lastPos, i);
            lastPos = i + 1;
            continue;
          default:
            continue;
        }
        if (lastPos !== i - 1) str += first.slice(lastPos, i - 1);
        str += piece;
        lastPos = i + 1;
      } else if (next === 37) {
        str += first.slice(lastPos, i);
        lastPos = i + 1;
      }
    }
    if (lastPos !== 0) {
      a++;
      join = ' ';
      if (lastPos < first.length) str += first.slice(lastPos);
    }
  }
  while (a < args.length) {
    const value = args[a];
    str += join;
    str += typeof value !== 'string' ? inspect(value, options) : value;
    join = ' ';
    a++;
  }
  return str;
}

/** printf-like formatting: `%s %d %i %f %j %o %O %c %%`, the rest appended with inspect. */
export function format(...args: unknown[]): string {
  return formatWithOptionsInternal(undefined, args);
}

export function formatWithOptions(inspectOptions: InspectOptions, ...args: unknown[]): string {
  validateObject(inspectOptions, 'inspectOptions', { allowArray: true, allowFunction: true });
  return formatWithOptionsInternal(inspectOptions, args);
}
