/**
 * Checks of wording templates, so that a mistake in a `--templates` override
 * is a message naming that file and entry: invalid JSON (with line:column),
 * an unknown entry, a template that does not parse, a variable that does not
 * exist, or a property Handlebars refuses to read (which it would otherwise
 * replace by nothing, leaving an empty heading).
 */
import { readFileSync } from 'node:fs';
import { dirname } from 'node:path';
import Handlebars from 'handlebars';
import { SourceError, suggest, type Diagnostic } from '../sources/diagnostics.js';
import { fileSystemMessage } from '../sources/fileSystemMessage.js';

export type Tree = { [key: string]: string | Tree };

/** Read a wording.json; a problem is a SourceError naming it. */
export function readWordingFile(file: string): Tree {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const message =
      code === 'ENOENT' ? `${fileSystemMessage(error, undefined, 'bestand')} (--templates noemt een map met een wording.json)`
      : code === 'ENOTDIR' ? 'is een bestand; --templates noemt de map waarin wording.json staat'
      : code === 'EISDIR' ? 'is een map, geen bestand'
      : fileSystemMessage(error, undefined, 'bestand');
    throw new SourceError([{ file: code === 'ENOTDIR' ? dirname(file) : file, message }]);
  }
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    // V8 names the position in most syntax errors ("... at position 27").
    const position = /at position (\d+)/.exec((error as Error).message)?.[1];
    const at = position === undefined ? {} : lineColumn(text, Number(position));
    throw new SourceError([{ file, ...at, message: 'geen geldige JSON (controleer aanhalingstekens, komma\'s en haakjes hier)' }]);
  }
  if (!value || typeof value !== 'object' || Array.isArray(value)) throw new SourceError([{ file, message: 'hoort een JSON-object te zijn: { "sleutel": "tekst", ... }' }]);
  return value as Tree;
}

function lineColumn(text: string, position: number): { line: number; column: number } {
  const before = text.slice(0, position).split('\n');
  return { line: before.length, column: before.at(-1)!.length + 1 };
}

/** Every entry of an override must exist in the package's wording, as a text or as a group, and parse. */
export function checkWordingOverride(over: Tree, base: Tree, file: string, prefix = ''): Diagnostic[] {
  const problems: Diagnostic[] = [];
  for (const [key, value] of Object.entries(over)) {
    if (key.startsWith('_')) continue; // comments
    const path = prefix + key;
    const known = Object.hasOwn(base, key) ? base[key] : undefined;
    if (known === undefined) {
      const meant = /"([^"]+)"/.exec(suggest(key, Object.keys(base)))?.[1];
      problems.push({ file, path, message: `onbekende tekst: de wording van jaarschijf kent deze niet${meant ? ` (bedoelt u "${prefix}${meant}"?)` : ''}` });
    } else if (typeof known === 'string' && typeof value !== 'string') {
      problems.push({ file, path, message: 'hoort een tekst te zijn ("...")' });
    } else if (typeof known === 'object' && (typeof value !== 'object' || value === null || Array.isArray(value))) {
      problems.push({ file, path, message: `hoort een groep teksten te zijn ({ ${Object.keys(known).map((k) => `"${k}"`).join(', ')} })` });
    } else if (typeof value === 'string') {
      const problem = templateProblem(value);
      if (problem) problems.push({ file, path, message: problem });
    } else {
      problems.push(...checkWordingOverride(value, known as Tree, file, `${path}.`));
    }
  }
  return problems;
}

/** Properties every object inherits: Handlebars refuses to read them and would print nothing. */
const inherited = new Set(Object.getOwnPropertyNames(Object.prototype));

type Node = { type?: string; [key: string]: unknown };

/** Why a template cannot be used, found without running it. */
export function templateProblem(source: string): string | undefined {
  let ast: hbs.AST.Program;
  try {
    ast = Handlebars.parse(source);
  } catch (error) {
    return parseProblem(error as Handlebars.Exception);
  }
  for (const node of walk(ast)) {
    const where = (loc: unknown) => {
      const start = (loc as hbs.AST.SourceLocation | undefined)?.start;
      return start ? ` (regel ${start.line}, kolom ${start.column + 1})` : '';
    };
    if (node.type === 'PartialStatement' || node.type === 'PartialBlockStatement') return `een tekst kan geen partial ({{> ...}}) gebruiken${where(node.loc)}`;
    const names =
      node.type === 'PathExpression' ? (node as unknown as hbs.AST.PathExpression).parts
      : node.type === 'StringLiteral' ? [(node as unknown as hbs.AST.StringLiteral).value] // as in {{lookup this "constructor"}}
      : [];
    const refused = names.find((name) => inherited.has(name));
    if (refused) return `de template leest "${refused}"${where(node.loc)}: dat is geen variabele van deze tekst maar een ingebouwde eigenschap, die Handlebars weigert`;
  }
  return undefined;
}

function* walk(node: unknown): Generator<Node> {
  if (Array.isArray(node)) for (const child of node) yield* walk(child);
  else if (node && typeof node === 'object') {
    if (typeof (node as Node).type === 'string') yield node as Node;
    for (const [key, child] of Object.entries(node)) if (key !== 'loc') yield* walk(child);
  }
}

function parseProblem(error: Handlebars.Exception): string {
  const message = String(error.message ?? error);
  const mismatch = /^(\S+) doesn't match (\S+) - (\d+):(\d+)/.exec(message);
  if (mismatch) return `het blok {{#${mismatch[1]}}} wordt gesloten met {{/${mismatch[2]}}} (regel ${mismatch[3]}, kolom ${Number(mismatch[4]) + 1})`;
  const line = /^Parse error on line (\d+)/.exec(message)?.[1];
  const where = line ? ` (regel ${line})` : '';
  if (/got 'EOF'/.test(message)) return `de template houdt op voordat een {{...}} of een blok {{#...}}...{{/...}} gesloten is${where}`;
  return `de template is geen geldige Handlebars${where}: controleer of elke {{ een }} heeft en elk {{#blok}} een {{/blok}}`;
}

/** Fill in a template; a missing variable or a refused property is a TemplateError with a message. */
export function runTemplate(template: HandlebarsTemplateDelegate, data: Record<string, unknown>): string {
  const logger = Handlebars.logger as { log: (level: unknown, ...message: unknown[]) => void };
  const log = logger.log;
  let refused: string | undefined;
  // Handlebars reports a refused property (prototype access) once per process
  // and then prints nothing in its place: here it is a problem of the template.
  logger.log = (level, ...message) => {
    const name = /Access has been denied to resolve the property "([^"]+)"/.exec(String(message[0]))?.[1];
    if (name) refused ??= name;
    else log(level, ...message);
  };
  (Handlebars as unknown as { resetLoggedPropertyAccesses(): void }).resetLoggedPropertyAccesses();
  let text: string;
  try {
    text = template(data);
  } catch (error) {
    const message = String((error as Error).message ?? error);
    const missing = /^"([^"]+)" not defined in .*? - (\d+):(\d+)/s.exec(message);
    if (missing) {
      const available = Object.keys(data);
      throw new TemplateError(
        `de template gebruikt "${missing[1]}" (regel ${missing[2]}, kolom ${Number(missing[3]) + 1}), maar die bestaat hier niet; ${available.length ? `wel: ${available.join(', ')}` : 'deze tekst heeft geen variabelen'}`,
      );
    }
    const primitive = /^Cannot use 'in' operator to search for '([^']*)' in (.*)$/s.exec(message);
    if (primitive) throw new TemplateError(`de template leest "${primitive[1]}" van de waarde "${primitive[2]}", maar een tekst of getal heeft geen velden`);
    throw new TemplateError(`de template kan niet worden ingevuld: ${message.split('\n')[0]}`);
  } finally {
    logger.log = log;
  }
  if (refused) throw new TemplateError(`de template leest "${refused}": dat is geen variabele van deze tekst maar een ingebouwde eigenschap, die Handlebars weigert`);
  return text;
}

export class TemplateError extends Error {}
