/**
 * The one way the toolkit writes a source file (`draft`, `import`, `init`):
 * data in, TypeScript out. Every string goes through `stringLiteral`, which
 * escapes whatever could end a literal or change its meaning, and nothing from
 * the data is ever put into a comment. So a written source evaluates back to
 * exactly the data it was written from, whatever the texts contain.
 */

/** A reference to a name the module imports (`raamovereenkomst`), not a string. */
export interface SourceReference {
  readonly reference: string;
}

export type SourceData =
  | string
  | number
  | boolean
  | null
  | undefined
  | SourceReference
  | readonly SourceData[]
  | { readonly [key: string]: SourceData };

export function reference(name: string): SourceReference {
  if (!identifierPattern.test(name)) throw new Error(`not an identifier: ${name}`);
  return { reference: name };
}

export interface SourceModule {
  /** Header comment lines, written by the toolkit itself (never text from the data); an empty line is a bare `//`. */
  comment?: readonly string[];
  /** `import raamovereenkomst from './raamovereenkomst.ts'` (default) or `import { defineJaarschijf } from 'jaarschijf'` (named). */
  imports: readonly { name: string; from: string; named?: boolean }[];
  /** The default export: a call of a define helper with these arguments. */
  call: string;
  args: readonly SourceData[];
}

export function printSourceModule(module: SourceModule): string {
  const lines: string[] = [];
  for (const line of module.comment ?? []) {
    if (/[\r\n\u2028\u2029]/.test(line)) throw new Error('a comment line must be one line');
    lines.push(line ? `// ${line}` : '//');
  }
  for (const i of module.imports) {
    lines.push(i.named ? `import { ${i.name} } from ${stringLiteral(i.from)};` : `import ${i.name} from ${stringLiteral(i.from)};`);
  }
  lines.push('');
  const args = module.args.map((a) => printData(a, 0)).join(', ');
  lines.push(`export default ${module.call}(${args});`, '');
  return lines.join('\n');
}

const identifierPattern = /^[A-Za-z_$][A-Za-z0-9_$]*$/;
/** Lines longer than this are broken over several lines. */
const width = 100;

/** A value as a TypeScript expression, laid out for reading: short objects on one line, long ones one field per line. */
export function printData(value: SourceData, indent: number): string {
  if (value === null) return 'null';
  if (value === undefined) return 'undefined';
  if (typeof value === 'string') return stringLiteral(value);
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) throw new Error(`cannot write the number ${value}`);
    return Object.is(value, -0) ? '0' : String(value);
  }
  if (typeof value === 'boolean') return String(value);
  if (isReference(value)) return value.reference;
  const pad = '  '.repeat(indent + 1);
  const close = '  '.repeat(indent);
  if (Array.isArray(value)) {
    const items = (value as readonly SourceData[]).filter((v) => v !== undefined);
    if (!items.length) return '[]';
    const flat = `[${items.map((v) => printData(v, indent + 1)).join(', ')}]`;
    if (fits(flat, indent) && items.every((v) => !isObject(v) || items.length === 1)) return flat;
    return `[\n${items.map((v) => `${pad}${printData(v, indent + 1)},`).join('\n')}\n${close}]`;
  }
  const entries = Object.entries(value as Record<string, SourceData>).filter(([, v]) => v !== undefined);
  if (!entries.length) return '{}';
  const fields = entries.map(([k, v]) => `${propertyKey(k)}: ${printData(v, indent + 1)}`);
  const flat = `{ ${fields.join(', ')} }`;
  if (fits(flat, indent)) return flat;
  return `{\n${fields.map((f) => `${pad}${f},`).join('\n')}\n${close}}`;
}

function fits(text: string, indent: number): boolean {
  return !text.includes('\n') && text.length + indent * 2 <= width;
}

function isReference(value: object): value is SourceReference {
  return Object.keys(value).length === 1 && typeof (value as SourceReference).reference === 'string' && !Array.isArray(value);
}

function isObject(value: SourceData): boolean {
  return typeof value === 'object' && value !== null && !isReference(value);
}

export function propertyKey(key: string): string {
  return identifierPattern.test(key) ? key : quotedString(key);
}

/**
 * A string literal that evaluates to exactly `text`: a quoted string on one
 * line, or a template literal for text with line breaks (Markdown reads
 * better that way). Backslashes, quotes, backticks, `${`, carriage returns,
 * control characters, U+2028/U+2029 and unpaired surrogates are escaped.
 */
export function stringLiteral(text: string): string {
  if (text.includes('\n')) {
    return `\`${escapeChars(text, (c) => c === '`' || c === '\\' || c === '$', '\n')}\``;
  }
  return quotedString(text);
}

/** A quoted string on one line (line breaks escaped): also what a property key must be. */
function quotedString(text: string): string {
  const quote = text.includes("'") && !text.includes('"') ? '"' : "'";
  return `${quote}${escapeChars(text, (c) => c === quote || c === '\\', '')}${quote}`;
}

function escapeChars(text: string, needsBackslash: (c: string) => boolean, keep: string): string {
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    const code = c.charCodeAt(0);
    if (c === '$') {
      // Only `${` opens a substitution inside a template literal.
      out += needsBackslash(c) && text[i + 1] === '{' ? '\\$' : '$';
    } else if (needsBackslash(c)) {
      out += `\\${c}`;
    } else if (keep.includes(c)) {
      out += c;
    } else if (code >= 0xd800 && code <= 0xdbff && i + 1 < text.length && isLowSurrogate(text.charCodeAt(i + 1))) {
      out += c + text[++i]!;
    } else if (code < 0x20 || code === 0x7f || code === 0x2028 || code === 0x2029 || (code >= 0xd800 && code <= 0xdfff)) {
      out += `\\u${code.toString(16).padStart(4, '0')}`;
    } else {
      out += c;
    }
  }
  return out;
}

function isLowSurrogate(code: number): boolean {
  return code >= 0xdc00 && code <= 0xdfff;
}
