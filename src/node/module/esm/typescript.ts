// node layer: TypeScript files (.ts, .mts, .cts) run as Node 22+ runs them with type stripping:
// types become whitespace (lines and columns stay), nothing is type-checked, and syntax with
// runtime meaning (enum, namespace, parameter properties) is Node's ERR_UNSUPPORTED_TYPESCRIPT_SYNTAX.
import { host } from '../../binding/host.js';
import { nodeError } from '../../internal/errors.js';

export function isTypeScriptFile(file: string): boolean {
  const dot = file.lastIndexOf('.');
  if (dot === -1) return false;
  const ext = file.slice(dot);
  return ext === '.ts' || ext === '.mts' || ext === '.cts';
}

/** The last file stripped: the entry is read once to choose its loader and again to run it. */
let lastSource = '';
let lastCode = '';

export function stripTypeScriptTypes(source: string, file: string): string {
  if (source === lastSource) return lastCode;
  const strip = host().stripTypeScript;
  if (!strip) throw nodeError('ERR_NOT_IMPLEMENTED', 'TypeScript on this host');
  const result = strip(source, file);
  if ('code' in result) {
    lastSource = source;
    lastCode = result.code;
    return result.code;
  }
  const { code, message, snippet, line } = result.error;
  const error = nodeError(code === 'UnsupportedSyntax' ? 'ERR_UNSUPPORTED_TYPESCRIPT_SYNTAX' : 'ERR_INVALID_TYPESCRIPT_SYNTAX', message);
  // Node puts the offending lines, underlined by the stripper, above the message.
  error.stack = `${file}:${line}\n${snippet}\n${error.stack}`;
  throw error;
}
