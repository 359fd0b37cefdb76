/**
 * Diagnostics: every problem in a source, reported as `file: path.to.field: message`
 * (or `file:line:column: message` for syntax errors). All problems are collected
 * before the command exits, as vitest and changesets do.
 */
export interface Diagnostic {
  /** The source file, as the user named it (relative to the working directory). */
  file: string;
  /** Dot path of the field, e.g. `themes.beschikbaarheid.afspraken[3].kader`. */
  path?: string;
  line?: number;
  column?: number;
  message: string;
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
  return d.path ? `${where}: ${d.path}: ${d.message}` : `${where}: ${d.message}`;
}

/** Thrown when a source (or an output) cannot be used; carries every problem found. */
export class SourceError extends Error {
  constructor(readonly diagnostics: readonly Diagnostic[]) {
    super(diagnostics.map(formatDiagnostic).join('\n'));
    this.name = 'SourceError';
  }
}

/** Collects diagnostics for one file at a time. */
export class DiagnosticList {
  readonly items: Diagnostic[] = [];

  add(file: string, path: readonly PathSegment[] | string | undefined, message: string): void {
    const p = typeof path === 'string' ? path : path && path.length ? formatPath(path) : undefined;
    this.items.push(p ? { file, path: p, message } : { file, message });
  }

  get size(): number {
    return this.items.length;
  }

  throwIfAny(): void {
    if (this.items.length) throw new SourceError(this.items);
  }
}

/** "did you mean" for a mistyped id: the closest known id within a small edit distance. */
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
  return best ? ` (did you mean "${best}"?)` : '';
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
