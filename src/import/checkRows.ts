/**
 * The rows the toolkit will make from the written sources (src/years: this
 * year's agreements in order, last year's paired by id or by similar text,
 * a dropped one after its predecessor), against the rows of the Word
 * document. Where they differ (a dropped agreement above a new one, two rows
 * the toolkit pairs into one), the import says so and adds a review mark:
 * the texts are all there, only their rows differ.
 */
import type { LoadedJaarschijf } from '../sources/loadJaarschijf.js';
import { alignYears } from '../years/alignYears.js';
import type { DocumentRows } from './buildData.js';
import type { ImportResult } from './mapDocument.js';
import { cellWhere, type ImportWarning } from './warnings.js';

export function rowWarnings(loaded: LoadedJaarschijf, documentRows: readonly DocumentRows[]): ImportWarning[] {
  const aligned = alignYears(loaded, loaded.previous);
  const out: ImportWarning[] = [];
  for (const expected of documentRows) {
    const theme = aligned.themes.find((t) => t.id === expected.theme);
    const rows = theme?.slots.filter((s) => s.row !== null).map((s) => s.current?.id ?? s.previous?.id ?? '') ?? [];
    const first = expected.rows.findIndex((r, i) => rows[i] !== r.id);
    if (first < 0 && rows.length === expected.rows.length) continue;
    const at = expected.rows[first < 0 ? expected.rows.length - 1 : first]!;
    out.push({
      where: cellWhere(at.table, at.row),
      message: `thema "${expected.title}": vanaf deze rij zet de toolkit de rijen anders dan het document (een afspraak van alleen vorig jaar komt na haar voorganger, twee gelijkende afspraken komen naast elkaar); de teksten zijn dezelfde, kijk de volgorde na`,
    });
  }
  return out;
}

/** The result with more warnings, also as review marks of the jaarschijf. */
export function withWarnings(result: ImportResult, extra: readonly ImportWarning[]): ImportResult {
  if (!extra.length) return result;
  const warnings = [...result.warnings, ...extra];
  return { ...result, warnings, jaarschijf: { ...result.jaarschijf, review: warnings.map((w) => `${w.where}: ${w.message}`) } };
}
