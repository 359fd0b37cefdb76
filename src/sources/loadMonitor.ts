/**
 * Load a voortgangsmonitor source: evaluate it in the sandbox, load the
 * jaarschijf it reports on (as loadJaarschijf does, every problem of that
 * file too), validate the monitor (zod), check its references and texts.
 * Every problem is collected, each once, with the line it is on; then it
 * throws one SourceError, or returns a LoadedMonitor later stages can trust.
 * What a reader would miss (an agreement without a status in the latest
 * overleg) comes back as warnings.
 */
import { dirname, resolve } from 'node:path';
import { originOf } from '../model/define.js';
import { monitorSchema, type Monitor } from '../model/monitorSchema.js';
import type { RichBlock } from '../model/richtext.js';
import { TextChecker } from './checkTexts.js';
import { DiagnosticList, SourceError, type Diagnostic, type PathSegment } from './diagnostics.js';
import { displayPath } from './displayPath.js';
import { evaluateSource } from './evaluate.js';
import { loadJaarschijf, projectRoot, type Evaluation, type LoadedJaarschijf } from './loadJaarschijf.js';
import { checkMonitor, monitoredJaarschijf } from './monitorReferences.js';
import { parseMarkdown } from './markdown.js';
import { parseTextInto } from './parseTextInto.js';
import { record, type Raw } from './raw.js';
import type { ModuleCache } from './readModules.js';
import { addZodIssues } from './zodDiagnostics.js';

export interface LoadedMonitor {
  /** The source as messages name it. */
  file: string;
  path: string;
  monitor: Monitor;
  /** The jaarschijf the monitor reports on (with its previous years: the documents' row numbers follow them). */
  jaarschijf: LoadedJaarschijf;
  /** Real paths of every file read: the monitor's sources and the jaarschijf's. */
  files: readonly string[];
  /** What a reader would miss, with its place: agreements without a status in the latest overleg, ... */
  warnings: readonly Diagnostic[];
  /** Parsed Markdown of a text of the monitor or its jaarschijf. */
  rich(text: string): readonly RichBlock[];
}

const defineHint = 'een monitor schrijft `export default defineMonitor(jaarschijf, { rounds: [...] })`, met de jaarschijf geïmporteerd uit haar bestand';

/** @param evaluation the source as evaluated already (`check` found out it is a monitor so): not run again */
export async function loadMonitor(file: string, evaluation?: Evaluation): Promise<LoadedMonitor> {
  const list = new DiagnosticList();
  const abs = resolve(file);
  const modules: ModuleCache = evaluation?.modules ?? new Map();
  const evaluated = evaluation?.evaluated ?? (await evaluateSource(abs, projectRoot(dirname(abs)), list, modules));
  list.throwIfAny();
  const real = evaluated!.files[0]!;
  const monitorFile = displayPath(real);
  const value = evaluated!.value;
  const origin = originOf(value);
  if (origin?.kind !== 'monitor') {
    const what = origin?.kind === 'jaarschijf' || origin?.kind === 'raamovereenkomst' ? `een ${origin.kind}, geen monitor` : 'geen monitor';
    throw new SourceError([{ file: monitorFile, message: `de standaardexport is ${what} (${defineHint})` }]);
  }
  const { jaarschijf: rawJaarschijf, ...raw } = value as Record<string, unknown>;
  const jaarschijfOrigin = originOf(rawJaarschijf);
  if (jaarschijfOrigin?.kind !== 'jaarschijf' || !jaarschijfOrigin.file) {
    throw new SourceError([{ file: monitorFile, message: `het eerste argument van defineMonitor is geen jaarschijf (${defineHint})` }]);
  }

  // The jaarschijf's own problems are reported with the monitor's, all at once. It was evaluated with the
  // monitor (which imports it): its data and files are taken from there rather than run again.
  let jaarschijf: LoadedJaarschijf | undefined;
  try {
    const files = moduleClosure(jaarschijfOrigin.file, modules);
    jaarschijf = await loadJaarschijf(jaarschijfOrigin.file, { modules, evaluated: { value: rawJaarschijf, files } });
  } catch (error) {
    if (!(error instanceof SourceError)) throw error;
    for (const d of error.diagnostics) list.push(d);
  }

  describePaths(list, monitorFile, raw);
  const parsed = monitorSchema.safeParse(raw);
  if (!parsed.success) addZodIssues(list, monitorFile, parsed.error.issues);
  // Checked against the jaarschijf's data as evaluated: its own problems do not hide the monitor's.
  const monitored = monitoredJaarschijf(rawJaarschijf, displayPath(jaarschijfOrigin.file));
  if (monitored) checkMonitor(raw, monitored, monitorFile, list);
  const texts = new TextChecker(list);
  texts.check(monitorFile, raw);
  await texts.finish();
  const markdown = parseTexts(list, monitorFile, raw);
  list.throwIfAny();

  return {
    file: monitorFile,
    path: real,
    monitor: parsed.data!,
    jaarschijf: jaarschijf!,
    files: [...new Set([...evaluated!.files, ...jaarschijf!.files])],
    warnings: list.warnings(),
    rich: (text) => markdown.get(text) ?? jaarschijf!.rich(text),
  };
}

/** A module and everything it imports, itself first (as evaluateSource lists a source's files). */
function moduleClosure(entry: string, modules: ModuleCache): string[] {
  const files = [entry];
  for (let i = 0; i < files.length; i++) {
    for (const imported of modules.get(files[i]!)?.text.imports ?? []) if (!files.includes(imported)) files.push(imported);
  }
  return files;
}

/** Messages say "Bestuurlijk overleg najaar 2024, afspraak bes-05: status", not "rounds[1].statuses.bes-05.status". */
function describePaths(list: DiagnosticList, file: string, raw: Raw): void {
  const rounds = Array.isArray(raw.rounds) ? raw.rounds : [];
  const projects = Array.isArray(record(raw.nieuwbouw)?.projects) ? (record(raw.nieuwbouw)!.projects as unknown[]) : [];
  list.describe(file, (path) => {
    const [top, index, field, key, ...rest] = path;
    if (top === 'rounds' && typeof index === 'number') {
      const name = record(rounds[index])?.name;
      const round = typeof name === 'string' ? name : `overleg ${index + 1}`;
      if (field === 'statuses' && typeof key === 'string') return { context: `${round}, afspraak ${key}`, rest };
      return { context: round, rest: path.slice(2) };
    }
    if (top === 'nieuwbouw' && index === 'projects' && typeof field === 'number') {
      const name = record(projects[field])?.name;
      return { context: `nieuwbouw, project ${typeof name === 'string' ? name : field + 1}`, rest: path.slice(3) };
    }
    if (top === 'nieuwbouw') return { context: 'nieuwbouw', rest: path.slice(1) };
    return { rest: path };
  });
}

/** Every toelichting of the monitor, parsed once; every problem of every text. */
function parseTexts(list: DiagnosticList, file: string, raw: Raw): Map<string, readonly RichBlock[]> {
  const parsed = new Map<string, readonly RichBlock[]>();
  const parse = (path: PathSegment[], text: unknown) => parseTextInto(list, parsed, parseMarkdown, file, path, text);
  (Array.isArray(raw.rounds) ? raw.rounds : []).forEach((round, i) => {
    for (const [id, entry] of Object.entries(record(record(round)?.statuses) ?? {})) parse(['rounds', i, 'statuses', id, 'toelichting'], record(entry)?.toelichting);
  });
  const projects = record(raw.nieuwbouw)?.projects;
  (Array.isArray(projects) ? projects : []).forEach((project, i) => parse(['nieuwbouw', 'projects', i, 'toelichting'], record(project)?.toelichting));
  return parsed;
}
