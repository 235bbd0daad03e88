// Build step: gives bundled classes their names statically instead of by esbuild's keep-names
// call. esbuild (keepNames) puts `static { __name(this, "X"); }` in every class; that redefines
// `name` after the class exists, which leaves the constructor with an unstable dictionary map,
// and V8 then stops optimizing `new X()` of a derived class (measured: ~100 ns against ~2 ns per
// object; a Buffer subclass ~500 ns against ~40 ns). Where the class already gets that name from
// its own syntax (`class X`, `X = class`, `{ X: class }`) the call is dropped; where the bundler
// renamed the binding (`X2 = class`, or `class _X` for a class that refers to itself), the class
// expression is named `X` itself, unless its body refers to another `X` that the name would hide.
import { parse } from 'acorn';

/** The `__name(this, "X")` a static block holds as its only statement, or undefined. */
function keepNamesCall(member) {
  if (member?.type !== 'StaticBlock' || member.body.length !== 1) return undefined;
  const statement = member.body[0];
  const call = statement.type === 'ExpressionStatement' ? statement.expression : null;
  if (call?.type !== 'CallExpression' || call.callee.type !== 'Identifier' || call.callee.name !== '__name') return undefined;
  const [self, name] = call.arguments;
  if (self?.type !== 'ThisExpression' || name?.type !== 'Literal' || typeof name.value !== 'string') return undefined;
  return name.value;
}

/** The name a class gets from its syntax alone, or undefined. */
function syntacticName(node, parent) {
  if (node.id) return node.id.name;
  if (parent?.type === 'AssignmentExpression' && parent.operator === '=' && parent.right === node && parent.left.type === 'Identifier') return parent.left.name;
  if (parent?.type === 'VariableDeclarator' && parent.init === node && parent.id.type === 'Identifier') return parent.id.name;
  if (parent?.type === 'Property' && parent.value === node && !parent.computed && parent.key.type === 'Identifier') return parent.key.name;
  return undefined;
}

function mentions(node, name) {
  let found = false;
  visit(node, null, (n) => {
    if (n.type === 'Identifier' && n.name === name) found = true;
  });
  return found;
}

/**
 * Identifiers named `name` under `node` that are bindings or references (not property keys), or
 * null where one is a shorthand property, whose key would change with it.
 */
function references(node, name) {
  const found = [];
  let shorthand = false;
  visit(node, null, (n, parent) => {
    if (n.type !== 'Identifier' || n.name !== name) return;
    if (parent?.type === 'MemberExpression' && parent.property === n && !parent.computed) return;
    const keyed = parent?.type === 'Property' || parent?.type === 'PropertyDefinition' || parent?.type === 'MethodDefinition';
    if (keyed && parent.shorthand) shorthand = true;
    else if (keyed && parent.key === n && !parent.computed) return;
    found.push(n);
  });
  return shorthand ? null : found;
}

function visit(node, parent, enter) {
  enter(node, parent);
  for (const key in node) {
    const value = node[key];
    if (key === 'type' || value === null || typeof value !== 'object') continue;
    if (Array.isArray(value)) {
      for (const child of value) if (child && typeof child.type === 'string') visit(child, node, enter);
    } else if (typeof value.type === 'string') {
      visit(value, node, enter);
    }
  }
}

/** Returns `code` with the keep-names calls of its classes replaced as described above. */
export function nameClassesStatically(code, sourceType = 'module') {
  const ast = parse(code, { ecmaVersion: 'latest', sourceType });
  const edits = [];
  let kept = 0;
  visit(ast, null, (node, parent) => {
    if (node.type !== 'ClassDeclaration' && node.type !== 'ClassExpression') return;
    const block = node.body.body[0];
    const name = keepNamesCall(block);
    if (name === undefined) return;
    const own = syntacticName(node, parent);
    if (own === name) {
      edits.push([block.start, block.end, '']);
    } else if (node.type === 'ClassExpression' && /^[A-Za-z_$][\w$]*$/.test(name) && !mentions(node.body, name)
      && (!node.id || references(node, node.id.name) !== null)) {
      if (node.id) {
        for (const ref of references(node, node.id.name)) edits.push([ref.start, ref.end, name]);
      } else {
        edits.push([node.start + 'class'.length, node.start + 'class'.length, ` ${name}`]);
      }
      edits.push([block.start, block.end, '']);
    } else {
      kept++;
    }
  });
  edits.sort((a, b) => b[0] - a[0]);
  let out = code;
  for (const [start, end, text] of edits) out = out.slice(0, start) + text + out.slice(end);
  return { code: out, kept };
}
