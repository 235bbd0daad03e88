// node layer: where a syntax error is. The engine's SyntaxError from eval carries no position,
// so on that (rare) path we parse the source with acorn to find the offending token, and record
// the lines Node prints above the error.
import { parse } from 'acorn';
import { recaptureStack, setInternalArrow } from './stack.js';

/** Records the `file:line`, source line and carets Node shows for a syntax error in `source`. */
export function markSyntaxError(error: SyntaxError, name: string, source: string, functionBody: boolean): void {
  recaptureStack(error, markSyntaxError);
  try {
    parse(source, { ecmaVersion: 'latest', sourceType: 'script', allowReturnOutsideFunction: functionBody, allowHashBang: true });
  } catch (parseError) {
    const { loc, pos, raisedAt } = parseError as { loc?: { line: number; column: number }; pos?: number; raisedAt?: number };
    if (!loc || pos === undefined) return;
    const lineText = source.split('\n')[loc.line - 1]?.replace(/\r$/, '') ?? '';
    const width = Math.max(1, Math.min((raisedAt ?? pos + 1) - pos, lineText.length - loc.column));
    setInternalArrow(error, `${name}:${loc.line}\n${lineText}\n${' '.repeat(loc.column)}${'^'.repeat(width)}\n`);
  }
}

/** Whether acorn accepts `source` as a script (used to tell parse errors from runtime ones). */
export function parsesAsScript(source: string): boolean {
  try {
    parse(source, { ecmaVersion: 'latest', sourceType: 'script', allowHashBang: true });
    return true;
  } catch {
    return false;
  }
}
