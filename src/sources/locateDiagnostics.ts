/**
 * Give a diagnostic that names a field (`themes.x.afspraken[3].kader`) the
 * line and column of that field in its source, so an editor or the preview
 * can jump to it. The source is parsed (Babel, TypeScript syntax) and the
 * path followed through the object literal of its default export; where the
 * path ends in a field that is missing, the nearest enclosing one is given.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parse } from '@babel/parser';
import type { Node } from '@babel/types';
import type { Diagnostic } from './diagnostics.js';

export function locateDiagnostics(diagnostics: readonly Diagnostic[], cwd = process.cwd()): Diagnostic[] {
  const roots = new Map<string, Node | undefined>();
  return diagnostics.map((d) => {
    if (d.line !== undefined || !d.path) return d;
    const abs = resolve(cwd, d.file);
    if (!roots.has(abs)) roots.set(abs, exportedValue(abs));
    const root = roots.get(abs);
    const node = root && follow(root, pathSegments(d.path));
    const start = node?.loc?.start;
    return start ? { ...d, line: start.line, column: start.column + 1 } : d;
  });
}

export function pathSegments(path: string): (string | number)[] {
  return [...path.matchAll(/\[(\d+)\]|([^.[\]]+)/g)].map((m) => (m[1] !== undefined ? Number(m[1]) : m[2]!));
}

/** The object a source exports: `export default defineX(..., { ... })`, an object, or a variable holding one. */
function exportedValue(abs: string): Node | undefined {
  let program;
  try {
    program = parse(readFileSync(abs, 'utf8'), { sourceType: 'module', plugins: ['typescript'], errorRecovery: true }).program;
  } catch {
    return undefined;
  }
  const declaration = program.body.find((s) => s.type === 'ExportDefaultDeclaration')?.declaration;
  let value: Node | undefined = declaration ? unwrap(declaration) : undefined;
  if (value?.type === 'Identifier') {
    const name = value.name;
    value = undefined;
    for (const s of program.body) {
      if (s.type !== 'VariableDeclaration') continue;
      const found = s.declarations.find((v) => v.id.type === 'Identifier' && v.id.name === name);
      if (found?.init) value = unwrap(found.init);
    }
  }
  if (value?.type === 'CallExpression') {
    // defineJaarschijf(raamovereenkomst, { ... }) and defineRaamovereenkomst({ ... }): the last object.
    const objects = value.arguments.map(unwrap).filter((a) => a.type === 'ObjectExpression');
    return objects.at(-1);
  }
  return value?.type === 'ObjectExpression' ? value : undefined;
}

/** Follow the path as far as the literal goes; the last node reached. */
function follow(root: Node, segments: readonly (string | number)[]): Node {
  let node = root;
  for (const segment of segments) {
    const next = child(node, segment);
    if (!next) break;
    node = next;
  }
  return node;
}

function child(node: Node, segment: string | number): Node | undefined {
  if (node.type === 'ArrayExpression' && typeof segment === 'number') {
    const element = node.elements[segment];
    return element && element.type !== 'SpreadElement' ? unwrap(element) : undefined;
  }
  if (node.type !== 'ObjectExpression') return undefined;
  // The last property of that name wins, as it does when the object is built.
  for (const property of [...node.properties].reverse()) {
    if (property.type === 'SpreadElement' || property.computed) continue;
    const key = property.key;
    const name = key.type === 'Identifier' ? key.name : key.type === 'StringLiteral' || key.type === 'NumericLiteral' ? String(key.value) : undefined;
    if (name !== String(segment)) continue;
    return property.type === 'ObjectProperty' ? unwrap(property.value as Node) : property;
  }
  return undefined;
}

/** `x as const`, `x satisfies T`, `(x)`: the value inside. */
function unwrap(node: Node): Node {
  let n = node;
  while (n.type === 'TSAsExpression' || n.type === 'TSSatisfiesExpression' || n.type === 'TSNonNullExpression' || n.type === 'ParenthesizedExpression') n = n.expression;
  return n;
}
