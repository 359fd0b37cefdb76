/**
 * A source file as written: its text, its syntax tree, and the way from a
 * path in the data it describes (`themes.beschikbaarheid.afspraken[2].kader`)
 * back to the line and column where that value is written, so a message
 * points at the line to fix. Values built by helper functions or spread from
 * elsewhere point at the nearest place the tree still shows.
 */
import type { Expression, Node, ObjectProperty, Program } from '@oxc-project/types';
import type { PathSegment } from './diagnostics.js';

export interface Position {
  line: number;
  column: number;
}

const registry = new Map<string, SourceText>();

export class SourceText {
  /** Real paths of the `.ts` files this one imports (filled while reading). */
  readonly imports: string[] = [];
  private lineStarts: number[] | undefined;

  constructor(
    readonly abs: string,
    /** The file as messages name it. */
    readonly file: string,
    readonly source: string,
    readonly program: Program,
  ) {}

  /** The last read text of each file, by the name messages use. */
  static register(text: SourceText): void {
    registry.set(text.file, text);
  }

  static get(file: string): SourceText | undefined {
    return registry.get(file);
  }

  /** 1-based line and column of a UTF-16 offset. */
  position(offset: number): Position {
    const starts = (this.lineStarts ??= lineStartsOf(this.source));
    let low = 0;
    let high = starts.length - 1;
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      if (starts[mid]! <= offset) low = mid;
      else high = mid - 1;
    }
    return { line: low + 1, column: offset - starts[low]! + 1 };
  }

  /** Where the value at `path` of the default export's data is written (the nearest written ancestor when it is built by code). */
  locate(path: readonly PathSegment[]): Position | undefined {
    let node = this.exportedData();
    if (!node) return undefined;
    let at: Node = node;
    for (const segment of path) {
      const value = this.resolve(node);
      const next = typeof segment === 'number' ? element(value, segment) : property(value, segment);
      if (!next) break;
      at = next.at;
      node = next.value;
    }
    return this.position(at.start);
  }

  /** The object a `define…(…)` call in `export default` describes: its last argument. */
  private exportedData(): Expression | undefined {
    const declaration = this.program.body.find((s) => s.type === 'ExportDefaultDeclaration');
    if (!declaration || declaration.type !== 'ExportDefaultDeclaration') return undefined;
    const exported = this.resolve(declaration.declaration as Expression);
    if (exported.type === 'CallExpression' && exported.arguments.length) {
      const last = exported.arguments[exported.arguments.length - 1]!;
      return last.type === 'SpreadElement' ? undefined : last;
    }
    return exported;
  }

  /** Through parentheses, `as const`, `satisfies` and names of constants declared in this file. */
  private resolve(node: Expression): Expression {
    for (let depth = 0; depth < 20; depth++) {
      if (node.type === 'ParenthesizedExpression' || node.type === 'TSAsExpression' || node.type === 'TSSatisfiesExpression' || node.type === 'TSNonNullExpression') {
        node = node.expression;
      } else if (node.type === 'Identifier') {
        const init = this.constant(node.name);
        if (!init) return node;
        node = init;
      } else {
        return node;
      }
    }
    return node;
  }

  private constant(name: string): Expression | undefined {
    for (const statement of this.program.body) {
      const declaration = statement.type === 'ExportNamedDeclaration' ? statement.declaration : statement;
      if (declaration?.type !== 'VariableDeclaration') continue;
      for (const d of declaration.declarations) {
        if (d.id.type === 'Identifier' && d.id.name === name && d.init) return d.init;
      }
    }
    return undefined;
  }
}

function property(node: Expression, key: string): { at: Node; value: Expression } | undefined {
  if (node.type !== 'ObjectExpression') return undefined;
  // The last one wins, as at run time.
  for (let i = node.properties.length - 1; i >= 0; i--) {
    const p = node.properties[i]!;
    if (p.type === 'SpreadElement') return undefined;
    if (keyOf(p) === key) return { at: p, value: p.value as Expression };
  }
  return undefined;
}

function element(node: Expression, index: number): { at: Node; value: Expression } | undefined {
  if (node.type !== 'ArrayExpression') return undefined;
  for (let i = 0; i <= index && i < node.elements.length; i++) {
    const e = node.elements[i];
    if (!e || e.type === 'SpreadElement') return undefined;
    if (i === index) return { at: e, value: e };
  }
  return undefined;
}

function keyOf(p: ObjectProperty): string | undefined {
  if (p.computed) return p.key.type === 'Literal' ? String(p.key.value) : undefined;
  if (p.key.type === 'Identifier') return p.key.name;
  if (p.key.type === 'Literal') return String(p.key.value);
  return undefined;
}

function lineStartsOf(source: string): number[] {
  const starts = [0];
  for (let i = 0; i < source.length; i++) {
    const c = source.charCodeAt(i);
    if (c === 10) starts.push(i + 1);
    else if (c === 13 && source.charCodeAt(i + 1) !== 10) starts.push(i + 1);
  }
  return starts;
}
