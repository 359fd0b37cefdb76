/**
 * Read a source and the files it imports, before anything runs: each must be
 * a `.ts` file inside the project folder (symlinks resolved), a regular file
 * of sane size; each is parsed (oxc-parser), its imports checked (only
 * relative `.ts` files and `jaarschijf`, no dynamic `import()`), its object
 * literals checked for duplicate keys, and its types stripped
 * (oxc-transform) for the sandbox. Every problem is a diagnostic with the
 * line and column where it is.
 */
import { readFileSync, realpathSync, statSync } from 'node:fs';
import { dirname, extname, resolve, sep } from 'node:path';
import type { Node, Program } from '@oxc-project/types';
import type { DiagnosticList, Site } from './diagnostics.js';
import { displayPath } from './displayPath.js';
import { fileSystemMessage } from './fileSystemMessage.js';
import { MAX_NESTING, nestingDepth } from './nestingDepth.js';
import { SourceText } from './SourceText.js';

/** No agreement source comes near this; a larger file is a mistake (or an attack). */
export const MAX_SOURCE_BYTES = 4 * 1024 * 1024;

export interface SourceModule {
  text: SourceText;
  /** JavaScript for the sandbox. */
  code: string;
  /** Source map of `code` onto the file, for positions of run-time errors. */
  map: string | undefined;
}

/** Modules read in this process, by real path: a raamovereenkomst imported by every year is read once. */
export type ModuleCache = Map<string, SourceModule | undefined>;

type Oxc = { parseSync: typeof import('oxc-parser').parseSync; transformSync: typeof import('oxc-transform').transformSync };
let oxc: Promise<Oxc> | undefined;
function loadOxc(): Promise<Oxc> {
  oxc ??= Promise.all([import('oxc-parser'), import('oxc-transform')]).then(([p, t]) => ({ parseSync: p.parseSync, transformSync: t.transformSync }));
  return oxc;
}

/** What a file path may be: a regular `.ts` file inside the project, not too large. Returns the real path, or adds a diagnostic. */
export function checkSourcePath(abs: string, root: string, list: DiagnosticList, report: Site, what = 'de bron'): string | undefined {
  const add = (message: string) => list.addAt(report, message);
  // Named in the message only when the message is not about that file itself.
  const name = report.file === displayPath(abs) && !report.path ? undefined : displayPath(abs);
  let real: string;
  try {
    real = realpathSync(abs);
  } catch (error) {
    add(fileSystemMessage(error, name, what));
    return undefined;
  }
  const subject = name ? `${what} ${name}` : what;
  if (!isInside(real, root)) {
    add(`${subject} ligt buiten de projectmap ${root}; een bron mag alleen bestanden binnen het project gebruiken`);
    return undefined;
  }
  const stat = statSync(real);
  if (!stat.isFile()) {
    add(`${subject} is geen gewoon bestand`);
    return undefined;
  }
  if (extname(real) !== '.ts') {
    add(`${subject} is geen .ts-bestand; een jaarschijf, raamovereenkomst of hulpbestand is TypeScript (.ts)`);
    return undefined;
  }
  if (stat.size > MAX_SOURCE_BYTES) {
    add(`${subject} is te groot (${Math.round(stat.size / 1024)} kB; hoogstens ${MAX_SOURCE_BYTES / 1024 / 1024} MB)`);
    return undefined;
  }
  return real;
}

export function isInside(path: string, root: string): boolean {
  return path === root || path.startsWith(root.endsWith(sep) ? root : root + sep);
}

/**
 * Read the entry (a checked real path) and everything it imports. Returns the
 * modules by real path, or undefined when any file has a problem.
 */
export async function readModules(entry: string, root: string, display: (abs: string) => string, list: DiagnosticList, cache: ModuleCache): Promise<Map<string, SourceModule> | undefined> {
  const { parseSync, transformSync } = await loadOxc();
  const modules = new Map<string, SourceModule>();
  const before = list.size;
  const queue = [entry];
  while (queue.length) {
    const abs = queue.shift()!;
    if (modules.has(abs)) continue;
    let module = cache.get(abs);
    if (!cache.has(abs)) {
      module = readModule(abs, root, display, list, parseSync, transformSync);
      cache.set(abs, module);
    } else if (!module) {
      // Read before, with problems already reported.
      return undefined;
    }
    if (!module) continue;
    modules.set(abs, module);
    for (const imported of module.text.imports) queue.push(imported);
  }
  return list.size > before ? undefined : modules;
}

function readModule(abs: string, root: string, display: (abs: string) => string, list: DiagnosticList, parseSync: Oxc['parseSync'], transformSync: Oxc['transformSync']): SourceModule | undefined {
  const file = display(abs);
  let source: string;
  try {
    source = readFileSync(abs, 'utf8');
  } catch (error) {
    list.add(file, undefined, fileSystemMessage(error, undefined, 'de bron'));
    return undefined;
  }
  const nesting = nestingDepth(source);
  if (nesting.at !== undefined) {
    const { line, column } = new SourceText(abs, file, source, { body: [] } as unknown as Program).position(nesting.at);
    list.addAt({ file, line, column }, `de bron is te diep genest (meer dan ${MAX_NESTING} haakjes in elkaar); schrijf de gegevens platter`);
    return undefined;
  }
  const parsed = parseSync(abs, source, { lang: 'ts', sourceType: 'module' });
  const text = new SourceText(abs, file, source, parsed.program as Program);
  SourceText.register(text);
  const before = list.size;
  for (const error of parsed.errors) {
    const at = error.labels[0]?.start ?? 0;
    list.addAt({ file, ...text.position(at) }, `syntaxfout: ${dutchSyntax(error.message)}`);
  }
  if (list.size > before) return undefined;

  const importSite = (start: number) => ({ file, ...text.position(start) });
  for (const entry of [...parsed.module.staticImports, ...parsed.module.staticExports.flatMap((e) => e.entries.filter((x) => x.moduleRequest).map((x) => ({ moduleRequest: x.moduleRequest!, entries: [x] })))]) {
    // `import type` disappears with the types.
    if (entry.entries.length && entry.entries.every((e) => e.isType)) continue;
    const specifier = entry.moduleRequest.value;
    if (specifier === 'jaarschijf') continue;
    const site = importSite(entry.moduleRequest.start);
    if (!/^\.\.?\//.test(specifier) || !specifier.endsWith('.ts')) {
      list.addAt(site, `import "${specifier}" is niet toegestaan: een bron mag alleen 'jaarschijf' en andere .ts-bestanden van het project importeren (met een pad als './raamovereenkomst.ts')`);
      continue;
    }
    const target = checkSourcePath(resolve(dirname(abs), specifier), root, list, site, 'het geïmporteerde bestand');
    if (target) text.imports.push(target);
  }
  for (const dynamic of parsed.module.dynamicImports) {
    list.addAt(importSite(dynamic.start), 'import() is niet toegestaan: een bron beschrijft afspraken en laadt niets tijdens het uitvoeren');
  }
  checkDuplicateKeys(text, list);
  if (list.size > before) return undefined;

  const result = transformSync(abs, source, { lang: 'ts', sourceType: 'module', sourcemap: true });
  for (const error of result.errors) {
    const at = error.labels[0]?.start ?? 0;
    list.addAt({ file, ...text.position(at) }, `syntaxfout: ${dutchSyntax(error.message)}`);
  }
  if (list.size > before) return undefined;
  return { text, code: result.code, map: result.map ? JSON.stringify(result.map) : undefined };
}

/** A key written twice in one object literal: the second silently wins, which hides a mistake (two agreements with one id). */
function checkDuplicateKeys(text: SourceText, list: DiagnosticList): void {
  const stack: unknown[] = [text.program];
  while (stack.length) {
    const node = stack.pop();
    if (!node || typeof node !== 'object') continue;
    if (Array.isArray(node)) {
      for (const child of node) stack.push(child);
      continue;
    }
    const n = node as Node & Record<string, unknown>;
    if (n.type === 'ObjectExpression') {
      const seen = new Set<string>();
      for (const property of n.properties) {
        if (property.type !== 'Property' || property.computed) continue;
        const key = property.key.type === 'Identifier' ? property.key.name : property.key.type === 'Literal' ? String(property.key.value) : undefined;
        if (key === undefined) continue;
        if (seen.has(key)) list.addAt({ file: text.file, ...text.position(property.key.start) }, `dubbele sleutel "${key}" in hetzelfde object (de eerste zou stilzwijgend wegvallen)`);
        seen.add(key);
      }
    }
    // for-in rather than Object.entries: no array per node (a source has tens of thousands).
    for (const key in n) {
      const value = n[key];
      if (key !== 'type' && key !== 'start' && key !== 'end' && value && typeof value === 'object') stack.push(value);
    }
  }
}

/** oxc's messages are English; the common ones in Dutch, the rest as they are. */
function dutchSyntax(message: string): string {
  return message
    .replace(/^Unexpected token$/, 'onverwacht teken')
    .replace(/^Expected `(.+)` but found `(.+)`$/, 'verwacht `$1`, gevonden `$2`')
    .replace(/^Unterminated string$/, 'tekenreeks niet afgesloten')
    .replace(/^Unterminated template$/, 'sjabloontekst (`...`) niet afgesloten')
    .replace(/^Unexpected end of file$/, 'onverwacht einde van het bestand');
}
