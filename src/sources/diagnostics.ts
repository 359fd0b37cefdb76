/**
 * Diagnostics: every problem in a source, reported as
 * `file:line:column: thema Beschikbaarheid, afspraak bes-03: kader: message`.
 * The line and column come from the source's syntax tree (SourceText), the
 * context from the data (which theme, which agreement). All problems are
 * collected, each once, before the command exits.
 */
import { SourceText } from './SourceText.js';

export type Severity = 'error' | 'warning';

export interface Diagnostic {
  /** The source file, as the user named it (relative to the working directory). */
  file: string;
  line?: number;
  column?: number;
  /** Where in the document, for a reader: "thema Beschikbaarheid, afspraak bes-03". */
  context?: string;
  /** The field, as written in the source: `kader`, or `themes.beschikbaarheid.intro` without context. */
  path?: string;
  message: string;
  /** Defaults to 'error'. Warnings are printed, and fail only `--strict`; their message says what kind they are ("nakijken: …"). */
  severity?: Severity;
}

export type PathSegment = string | number;

export function formatPath(path: readonly PathSegment[]): string {
  let out = '';
  for (const segment of path) {
    if (typeof segment === 'number') out += `[${segment}]`;
    else out += out ? `.${segment}` : segment;
  }
  return out;
}

export function formatDiagnostic(d: Diagnostic): string {
  const where = d.line !== undefined ? `${d.file}:${d.line}:${d.column ?? 1}` : d.file;
  const parts = [where, d.context, d.path].filter(Boolean);
  return `${parts.join(': ')}: ${d.message}`;
}

/** Thrown when a source (or an output) cannot be used; carries every problem found. */
export class SourceError extends Error {
  constructor(readonly diagnostics: readonly Diagnostic[]) {
    super(diagnostics.map(formatDiagnostic).join('\n'));
    this.name = 'SourceError';
  }
}

/** Splits a data path into a reader's context and the remaining field path. */
export type PathDescriber = (path: readonly PathSegment[]) => { context?: string; rest: readonly PathSegment[] };

/** Where a problem is, when it is not a field of the data (an import, a syntax error). */
export interface Site {
  file: string;
  context?: string;
  path?: string;
  line?: number;
  column?: number;
}

/** Collects diagnostics; each problem once. */
export class DiagnosticList {
  readonly items: Diagnostic[] = [];
  private readonly seen = new Set<string>();
  private readonly describers = new Map<string, PathDescriber>();

  /** How paths of one file are told: "thema X, afspraak Y". */
  describe(file: string, describer: PathDescriber): void {
    this.describers.set(file, describer);
  }

  /** A problem with a field of the data in `file`; its line and column are looked up in the source. */
  add(file: string, path: readonly PathSegment[] | string | undefined, message: string, severity: Severity = 'error'): void {
    this.addAt(this.site(file, path), message, severity);
  }

  /** Where a field of the data in `file` is: line and column in the source, and the place in the document. */
  site(file: string, path: readonly PathSegment[] | string | undefined): Site {
    const segments = typeof path === 'string' ? parsePath(path) : (path ?? []);
    if (!segments.length) return { file };
    const position = SourceText.get(file)?.locate(segments);
    const described = this.describers.get(file)?.(segments) ?? { rest: segments };
    const rest = formatPath(described.rest);
    return {
      file,
      ...(position ?? {}),
      ...(described.context ? { context: described.context } : {}),
      ...(rest ? { path: rest } : {}),
    };
  }

  /** A problem at a known place in a file. */
  addAt(site: Site, message: string, severity: Severity = 'error'): void {
    this.push({ ...site, message, ...(severity === 'warning' ? { severity } : {}) });
  }

  push(d: Diagnostic): void {
    const key = formatDiagnostic(d);
    if (this.seen.has(key)) return;
    this.seen.add(key);
    this.items.push(d);
  }

  /** Errors only: warnings do not stop a command. */
  get size(): number {
    return this.errors().length;
  }

  errors(): Diagnostic[] {
    return this.items.filter((d) => d.severity !== 'warning');
  }

  warnings(): Diagnostic[] {
    return this.items.filter((d) => d.severity === 'warning');
  }

  throwIfAny(): void {
    const errors = this.errors();
    if (errors.length) throw new SourceError(sortDiagnostics(errors));
  }
}

/** In reading order: file by file (in the order they first come up), then by line and column. */
export function sortDiagnostics(items: readonly Diagnostic[]): Diagnostic[] {
  const fileOrder = new Map<string, number>();
  for (const d of items) if (!fileOrder.has(d.file)) fileOrder.set(d.file, fileOrder.size);
  return items
    .map((d, i) => ({ d, i }))
    .sort((a, b) => fileOrder.get(a.d.file)! - fileOrder.get(b.d.file)! || (a.d.line ?? 0) - (b.d.line ?? 0) || (a.d.column ?? 0) - (b.d.column ?? 0) || a.i - b.i)
    .map(({ d }) => d);
}

/** `themes.x.afspraken[3].kader` -> ['themes', 'x', 'afspraken', 3, 'kader']. */
export function parsePath(path: string): PathSegment[] {
  const out: PathSegment[] = [];
  for (const match of path.matchAll(/([^.[\]]+)|\[(\d+)\]/g)) out.push(match[2] !== undefined ? Number(match[2]) : match[1]!);
  return out;
}

/** "bedoelde u" for a mistyped id: the closest known id within a small edit distance. */
export function suggest(value: string, known: Iterable<string>): string {
  let best: string | undefined;
  let bestDistance = Math.max(2, Math.floor(value.length / 4)) + 1;
  for (const candidate of known) {
    const d = editDistance(value, candidate, bestDistance);
    if (d < bestDistance) {
      best = candidate;
      bestDistance = d;
    }
  }
  return best ? ` — bedoelde u "${best}"?` : '';
}

function editDistance(a: string, b: string, limit: number): number {
  if (Math.abs(a.length - b.length) >= limit) return limit;
  let prev = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    for (let j = 1; j <= b.length; j++) {
      row[j] = Math.min(prev[j]! + 1, row[j - 1]! + 1, prev[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    prev = row;
  }
  return prev[b.length]!;
}
