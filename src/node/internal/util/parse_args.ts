// node layer: util.parseArgs, Node 20's command-line parser (tokens, short groups, inline values,
// negation, defaults, strict checks) with Node's ERR_PARSE_ARGS_* errors.
import { nodeError } from '../errors.js';
import { validateArray, validateBoolean, validateObject, validateString } from '../validators.js';

export interface OptionConfig {
  type: 'string' | 'boolean';
  short?: string;
  multiple?: boolean;
  default?: string | boolean | string[] | boolean[];
}

export interface ParseArgsConfig {
  args?: string[];
  options?: Record<string, OptionConfig>;
  strict?: boolean;
  allowPositionals?: boolean;
  allowNegative?: boolean;
  tokens?: boolean;
}

export type Token =
  | { kind: 'option'; name: string; rawName: string; index: number; value: string | undefined; inlineValue: boolean | undefined }
  | { kind: 'positional'; index: number; value: string }
  | { kind: 'option-terminator'; index: number };

type OptionToken = Extract<Token, { kind: 'option' }>;
type Values = Record<string, string | boolean | (string | boolean)[] | undefined>;

let mainArgs: () => string[] = () => [];

/** The arguments parseArgs reads when `config.args` is absent (Node: argv after the script, or after `-e`). */
export function configureMainArgs(getter: () => string[]): void {
  mainArgs = getter;
}

const hasOwn = Object.hasOwn;

function own(obj: object, key: string): any {
  return hasOwn(obj, key) ? (obj as Record<string, unknown>)[key] : undefined;
}

function optionField(options: object, name: string, field: string): any {
  return hasOwn(options, name) ? own((options as Record<string, object>)[name], field) : undefined;
}

export function parseArgs(config: ParseArgsConfig = {}): { values: Values; positionals: string[]; tokens?: Token[] } {
  const args = own(config, 'args') ?? mainArgs();
  const strict = own(config, 'strict') ?? true;
  const allowPositionals = own(config, 'allowPositionals') ?? !strict;
  const returnTokens = own(config, 'tokens') ?? false;
  const allowNegative = own(config, 'allowNegative') ?? false;
  const options = own(config, 'options') ?? {};
  validateArray(args, 'args');
  validateBoolean(strict, 'strict');
  validateBoolean(allowPositionals, 'allowPositionals');
  validateBoolean(returnTokens, 'tokens');
  validateBoolean(allowNegative, 'allowNegative');
  validateObject(options, 'options');
  for (const [name, option] of Object.entries(options)) validateOption(name, option);

  const tokens = tokenize(args as string[], options as Record<string, OptionConfig>);
  const values: Values = { __proto__: null } as unknown as Values;
  const positionals: string[] = [];
  for (const token of tokens) {
    if (token.kind === 'option') {
      if (strict) {
        checkUsage(options as Record<string, OptionConfig>, token, allowNegative, allowPositionals);
        checkAmbiguousValue(token);
      }
      store(token.name, token.value, options as Record<string, OptionConfig>, values, allowNegative);
    } else if (token.kind === 'positional') {
      if (!allowPositionals) throw nodeError('ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL', token.value);
      positionals.push(token.value);
    }
  }
  for (const [name, option] of Object.entries(options)) {
    if (hasOwn(option as object, 'default') && values[name] === undefined) values[name] = (option as OptionConfig).default;
  }
  const result: { values: Values; positionals: string[]; tokens?: Token[] } = { values, positionals };
  if (returnTokens) result.tokens = tokens;
  return result;
}

function validateOption(name: string, option: unknown): void {
  const prefix = `options.${name}`;
  validateObject(option, prefix);
  const type = own(option, 'type');
  if (type !== 'string' && type !== 'boolean') throw nodeError('ERR_INVALID_ARG_TYPE', `${prefix}.type`, "('string|boolean')", type);
  if (hasOwn(option, 'short')) {
    const short = option.short;
    validateString(short, `${prefix}.short`);
    if (short.length !== 1) throw nodeError('ERR_INVALID_ARG_VALUE', `${prefix}.short`, short, 'must be a single character');
  }
  const multiple = own(option, 'multiple');
  if (hasOwn(option, 'multiple')) validateBoolean(multiple, `${prefix}.multiple`);
  if (hasOwn(option, 'default')) {
    const value = option.default;
    const check: (value: unknown, name: string) => void = type === 'string' ? validateString : validateBoolean;
    const name = `${prefix}.default`;
    if (multiple) {
      validateArray(value, name);
      for (let i = 0; i < value.length; i++) check(value[i], `${name}[${i}]`);
    } else {
      check(value, name);
    }
  }
}

function longNameOf(short: string, options: Record<string, OptionConfig>): string {
  for (const name of Object.keys(options)) {
    if (optionField(options, name, 'short') === short) return name;
  }
  return short;
}

function isStringOption(options: Record<string, OptionConfig>, name: string): boolean {
  return optionField(options, name, 'type') === 'string';
}

/** Splits argv into tokens; a short group like `-abc` expands in place and shares its index. */
function tokenize(args: string[], options: Record<string, OptionConfig>): Token[] {
  const tokens: Token[] = [];
  const queue = args.slice();
  let index = -1;
  let groupLeft = 0;
  while (queue.length > 0) {
    const arg = queue.shift() as string;
    const next = queue[0];
    if (groupLeft > 0) groupLeft--;
    else index++;

    if (arg === '--') {
      tokens.push({ kind: 'option-terminator', index });
      for (const rest of queue) tokens.push({ kind: 'positional', index: ++index, value: rest });
      break;
    }
    const isShort = arg.length >= 2 && arg[0] === '-' && arg[1] !== '-';
    if (isShort && arg.length === 2) {
      const name = longNameOf(arg[1], options);
      let value: string | undefined;
      let inlineValue: boolean | undefined;
      if (isStringOption(options, name) && next !== undefined) {
        value = queue.shift();
        inlineValue = false;
      }
      tokens.push({ kind: 'option', name, rawName: arg, index, value, inlineValue });
      if (value != null) index++;
      continue;
    }
    if (isShort) {
      const first = longNameOf(arg[1], options);
      if (!isStringOption(options, first)) {
        const expanded: string[] = [];
        for (let i = 1; i < arg.length; i++) {
          const short = arg[i];
          if (!isStringOption(options, longNameOf(short, options)) || i === arg.length - 1) {
            expanded.push(`-${short}`);
          } else {
            expanded.push(`-${arg.slice(i)}`);
            break;
          }
        }
        queue.unshift(...expanded);
        groupLeft = expanded.length;
        continue;
      }
      tokens.push({ kind: 'option', name: first, rawName: `-${arg[1]}`, index, value: arg.slice(2), inlineValue: true });
      continue;
    }
    if (arg.length > 2 && arg[0] === '-' && arg[1] === '-') {
      const eq = arg.indexOf('=', 3);
      if (eq === -1) {
        const name = arg.slice(2);
        let value: string | undefined;
        let inlineValue: boolean | undefined;
        if (isStringOption(options, name) && next !== undefined) {
          value = queue.shift();
          inlineValue = false;
        }
        tokens.push({ kind: 'option', name, rawName: arg, index, value, inlineValue });
        if (value != null) index++;
      } else {
        const name = arg.slice(2, eq);
        tokens.push({ kind: 'option', name, rawName: `--${name}`, index, value: arg.slice(eq + 1), inlineValue: true });
      }
      continue;
    }
    tokens.push({ kind: 'positional', index, value: arg });
  }
  return tokens;
}

function checkUsage(options: Record<string, OptionConfig>, token: OptionToken, allowNegative: boolean,
  allowPositionals: boolean): void {
  let name = token.name;
  if (!hasOwn(options, name)) {
    const negated = allowNegative && name.startsWith('no-');
    if (negated) name = name.slice(3);
    if (!negated || !hasOwn(options, name) || optionField(options, name, 'type') !== 'boolean') {
      throw nodeError('ERR_PARSE_ARGS_UNKNOWN_OPTION', token.rawName, allowPositionals);
    }
  }
  const short = optionField(options, name, 'short');
  const shortAndLong = `${short ? `-${short}, ` : ''}--${name}`;
  const type = optionField(options, name, 'type');
  if (type === 'string' && typeof token.value !== 'string') {
    throw nodeError('ERR_PARSE_ARGS_INVALID_OPTION_VALUE', `Option '${shortAndLong} <value>' argument missing`);
  }
  if (type === 'boolean' && token.value != null) {
    throw nodeError('ERR_PARSE_ARGS_INVALID_OPTION_VALUE', `Option '${shortAndLong}' does not take an argument`);
  }
}

/** `--out -x` most likely forgot the value of --out; Node refuses to guess. */
function checkAmbiguousValue(token: OptionToken): void {
  const value = token.value;
  if (token.inlineValue || value == null || value.length < 2 || value[0] !== '-') return;
  const raw = token.rawName;
  const example = raw.startsWith('--') ? `'${raw}=-XYZ'` : `'--${token.name}=-XYZ' or '${raw}-XYZ'`;
  throw nodeError('ERR_PARSE_ARGS_INVALID_OPTION_VALUE',
    `Option '${raw}' argument is ambiguous.\nDid you forget to specify the option argument for '${raw}'?\n` +
    `To specify an option argument starting with a dash use ${example}.`);
}

function store(name: string, value: string | undefined, options: Record<string, OptionConfig>, values: Values,
  allowNegative: boolean): void {
  if (name === '__proto__') return;
  let stored: string | boolean = value ?? true;
  if (allowNegative && value === undefined && name.startsWith('no-')) {
    name = name.slice(3);
    stored = false;
  }
  if (hasOwn(options, name) && optionField(options, name, 'multiple')) {
    const list = values[name] as (string | boolean)[] | undefined;
    if (list === undefined) values[name] = [stored];
    else list.push(stored);
  } else {
    values[name] = stored;
  }
}
