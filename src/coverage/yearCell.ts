import type { Wording } from '../document/wording.js';
import type { KaderYears } from './coverageYears.js';

/** One cell of the matrix: "✓ 2" (jaarafspraken), "✓ verwijzing" (only cross-references) or "✗". */
export function yearCell(y: KaderYears['years'][number], w: Wording): string {
  if (!y.covered) return w.text('coverage.years.uncovered');
  if (y.references.length === y.afspraken.length) return w.text('coverage.years.coveredByReference');
  return w.text('coverage.years.covered', { count: y.afspraken.length });
}

/** Row labels of the matrix: "uncovered" when a year has no jaarafspraak, "never" when no year has one. */
export function yearsTags(k: KaderYears): string[] {
  if (!k.withoutAfspraak) return ['covered'];
  return k.withoutAfspraak === k.years.length ? ['uncovered', 'never'] : ['uncovered'];
}

/** "2023, 2024" or "2022-2024" when the years follow each other. */
export function yearsLabel(years: readonly number[]): string {
  const contiguous = years.every((y, i) => i === 0 || y === years[i - 1]! + 1);
  return contiguous && years.length > 2 ? `${years[0]}-${years.at(-1)}` : years.join(', ');
}
