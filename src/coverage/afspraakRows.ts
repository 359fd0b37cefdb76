/**
 * Row numbers as the rendered document shows them, so a reviewer can find
 * "row 9 of theme 3". Four-column themes number their rows after alignment
 * with last year (alignRows, as the document builder does); 'afspraken'
 * themes number their agreements in order.
 */
import { allAfspraken } from '../model/lookup.js';
import { alignRows } from '../document/alignRows.js';
import { isJaarafspraak, type Jaarafspraak } from '../model/schema.js';
import type { LoadedJaarschijf } from '../sources/loadJaarschijf.js';

export interface ThemeRows {
  /** Jaarafspraak id -> its row. */
  afspraak: Map<string, number>;
  /** Kaderafspraak id -> the first row it stands in (four-column themes). */
  kader: Map<string, number>;
}

export function afspraakRows(loaded: LoadedJaarschijf, themeId: string): ThemeRows {
  const theme = loaded.jaarschijf.themes[themeId];
  const rows: ThemeRows = { afspraak: new Map(), kader: new Map() };
  if (!theme) return rows;
  if (theme.layout === 'afspraken') {
    theme.afspraken.filter(isJaarafspraak).forEach((a, i) => rows.afspraak.set(a.id, i + 1));
    return rows;
  }
  const raamTheme = loaded.raamovereenkomst.themes[themeId];
  if (!raamTheme) return rows;
  const previous: readonly Jaarafspraak[] = loaded.previous
    ? allAfspraken(loaded.previous.jaarschijf)
    : [];
  alignRows(raamTheme, theme.afspraken, previous).forEach((row, i) => {
    if (row.current) rows.afspraak.set(row.current.id, i + 1);
    if (!rows.kader.has(row.kader)) rows.kader.set(row.kader, i + 1);
  });
  return rows;
}
