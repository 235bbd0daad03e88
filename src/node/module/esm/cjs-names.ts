// node layer: the named exports an ES module sees on a CommonJS module, found by static analysis
// of its source with cjs-module-lexer (what Node uses), following `module.exports = require(...)`.
// The bundle maps this import to the package's pure JavaScript build (scripts/build.js).
import { parse } from 'cjs-module-lexer';

/**
 * Export names of a CommonJS source; `reexport(specifier)` returns the names of a re-exported
 * module (or none when it cannot be resolved), so chains resolve as Node resolves them.
 */
export function cjsExportNames(source: string, reexport?: (specifier: string) => string[]): string[] {
  let result: { exports: string[]; reexports: string[] };
  try {
    result = parse(source);
  } catch {
    return [];
  }
  const names = new Set(result.exports);
  if (reexport) for (const specifier of result.reexports) for (const name of reexport(specifier)) names.add(name);
  return [...names];
}
