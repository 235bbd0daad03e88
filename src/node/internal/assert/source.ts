// node layer: finds the text of a call expression in source code, for assert.ok's message
// (Node parses with acorn; a bracket scan covers the calls assert is written as).
function isIdentifierChar(code: number): boolean {
  return (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122) ||
    code === 36 || code === 95 || code > 127;
}

function isSpace(ch: string | undefined): boolean {
  return ch === ' ' || ch === '\t' || ch === '\n' || ch === '\r';
}

/** Start of the member chain (`assert.strict.ok`) whose last name begins at `offset`. */
function calleeStart(code: string, offset: number): number {
  let start = offset;
  for (;;) {
    let p = start;
    while (p > 0 && isSpace(code[p - 1])) p--;
    if (code[p - 1] !== '.') return start;
    p--;
    if (code[p - 1] === '?') p--;
    while (p > 0 && isSpace(code[p - 1])) p--;
    let q = p;
    while (q > 0 && isIdentifierChar(code.charCodeAt(q - 1))) q--;
    if (q === p) return start;
    start = q;
  }
}

/** Index just past the bracket that closes the one at `open`, skipping strings and comments. */
function matchingClose(code: string, open: number): number {
  let depth = 0;
  for (let i = open; i < code.length; i++) {
    const ch = code[i];
    if (ch === '(' || ch === '[' || ch === '{') depth++;
    else if (ch === ')' || ch === ']' || ch === '}') {
      if (--depth === 0) return i + 1;
    } else if (ch === '"' || ch === "'" || ch === '`') {
      for (i++; i < code.length && code[i] !== ch; i++) if (code[i] === '\\') i++;
    } else if (ch === '/' && code[i + 1] === '/') {
      const end = code.indexOf('\n', i);
      if (end === -1) return -1;
      i = end;
    } else if (ch === '/' && code[i + 1] === '*') {
      const end = code.indexOf('*/', i + 2);
      if (end === -1) return -1;
      i = end + 1;
    }
  }
  return -1;
}

/** The text of the call at `offset` in `code` (which starts at the call's line), re-indented as Node does. */
export function callExpressionAt(code: string, offset: number): string | undefined {
  let p = offset;
  while (p < code.length && isIdentifierChar(code.charCodeAt(p))) p++;
  while (isSpace(code[p])) p++;
  if (code[p] !== '(') return undefined;
  const end = matchingClose(code, p);
  if (end === -1) return undefined;
  const start = calleeStart(code, offset);
  const lines = code.slice(start, end).split('\n');
  let text = lines[0];
  // Following lines lose as much of their indentation as the call's column, at most.
  for (let i = 1; i < lines.length; i++) {
    const line = lines[i];
    let pos = 0;
    while (pos < start && (line[pos] === ' ' || line[pos] === '\t')) pos++;
    text += `\n  ${line.slice(pos)}`;
  }
  return text;
}
