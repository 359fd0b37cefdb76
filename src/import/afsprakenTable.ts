/**
 * A table of agreements with their own columns (Afspraak | Toelichting |
 * Trekker | Gereed), such as Harderwijk's productieafspraken: a theme of this
 * year only, each row one agreement.
 */
import { clip } from './toMarkdown.js';
import type { ReadTable } from './tableColumns.js';
import { cellMarkdown, cellPlain, namedTheme, trekkerIds, type AfspraakDraft, type ThemeDraft } from './themeDraft.js';
import type { TableContext } from './kaderTable.js';
import { cellWhere } from './warnings.js';

export function readAfsprakenTable(read: ReadTable, first: ThemeDraft, ctx: TableContext): ThemeDraft {
  const { columns, table } = read;
  const index = (kind: string) => columns.findIndex((c) => c.kind === kind);
  const textCol = index('afspraak') >= 0 ? index('afspraak') : columns.map((c) => c.kind).lastIndexOf('jaarafspraken');
  const cols = { toelichting: index('toelichting'), trekker: index('trekker'), gereed: index('gereed'), number: index('number') };
  const used = new Set([textCol, ...Object.values(cols)].filter((i) => i >= 0));
  const unknownColumns = columns.map((_, i) => i).filter((i) => !used.has(i));

  let theme = first;
  for (const row of read.rows) {
    const where = (column?: number) => cellWhere(table.number, row.number, column === undefined ? undefined : column + 1);
    const blocks = (i: number) => (i >= 0 ? row.cells[i]?.blocks ?? [] : []);
    if (row.spanning) {
      theme = namedTheme(cellPlain(row.spanning), theme, (title) => ctx.startTheme(title, where()));
      continue;
    }
    if (cols.number >= 0) {
      const n = cellPlain(blocks(cols.number));
      if (n && !/^\d+[.)]?$/.test(n)) ctx.warnings.add(where(cols.number), `de nummerkolom bevat tekst; niet overgenomen: "${clip(n)}"`);
    }
    const text = cellMarkdown(blocks(textCol), where(textCol), ctx);
    const toelichting = cols.toelichting >= 0 ? cellMarkdown(blocks(cols.toelichting), where(cols.toelichting), ctx) : '';
    const trekkerText = cellPlain(blocks(cols.trekker));
    const gereed = cellPlain(blocks(cols.gereed));
    for (const i of unknownColumns) {
      const t = cellPlain(blocks(i));
      if (t) ctx.warnings.add(where(i), `de kolom "${columns[i]!.header || i + 1}" wordt niet herkend; niet overgenomen: "${clip(t)}"`);
    }
    if (!text) {
      const rest = [toelichting, trekkerText, gereed].filter(Boolean).join(' | ');
      if (rest) ctx.warnings.add(where(textCol), `de rij heeft geen afspraak; niet overgenomen: "${clip(rest)}"`);
      continue;
    }
    const trekker = cols.trekker >= 0 ? trekkerIds(trekkerText, where(cols.trekker), ctx) : undefined;
    const afspraak: AfspraakDraft = { text, ...(toelichting ? { toelichting } : {}), ...(trekker ? { trekker } : {}), ...(gereed ? { gereed } : {}) };
    theme.rows++;
    theme.afspraken.push({ number: theme.rows, afspraak });
  }
  return theme;
}
