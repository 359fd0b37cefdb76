/**
 * What no part of the model holds: rows above a table's header, cells beyond
 * its columns, tables that hold no agreements, text in page headers and
 * footers, notes, comments and tracked changes. Each is recognised (page
 * numbers, the draft mark) or named in a warning with where it was.
 */
import type { Item } from './documentItems.js';
import { blocksText, oneLine, paragraphText, type DocxDocument } from './docxTypes.js';
import type { ReadTable } from './tableColumns.js';
import { clip } from './toMarkdown.js';
import { cellWhere, type Warnings } from './warnings.js';

/** Rows above a table's header (a caption inside the table) are not agreements. */
export function warnBefore(read: ReadTable, warnings: Warnings): void {
  for (const r of read.before) {
    read.table.rows[r - 1]!.cells.forEach((cell, c) => {
      const text = oneLine(cell.blocks.map((b) => (b.type === 'paragraph' ? paragraphText(b) : '')).join(' '));
      if (text) warnings.add(cellWhere(read.table.number, r, c + 1), `rij boven de kolomkoppen; niet overgenomen: "${clip(text)}"`);
    });
  }
}

/** A cell beyond the header's columns (a row with more cells than the header) is taken into the column nearest to it. */
export function warnOutside(read: ReadTable, warnings: Warnings): void {
  for (const row of read.rows) {
    for (const o of row.outside ?? []) {
      const header = read.columns[o.column]?.header || String(o.column + 1);
      warnings.add(cellWhere(read.table.number, row.number, o.cell), `deze cel staat buiten de kolomkoppen; opgenomen bij de kolom "${header}": "${clip(o.text)}"`);
    }
  }
}

/** Tables that are neither agreements nor signatures: every cell with text is named. */
export function warnOtherTables(items: readonly Item[], tables: ReadonlyMap<number, ReadTable>, signingStart: number, warnings: Warnings): void {
  items.forEach((item, i) => {
    if (item.block.type !== 'table' || tables.has(i) || (signingStart >= 0 && i >= signingStart)) return;
    const table = item.block;
    const headers = table.rows[0]?.cells.map((c) => oneLine(blocksText(c.blocks))).filter(Boolean).slice(0, 5).join(' | ');
    table.rows.forEach((row, r) =>
      row.cells.forEach((cell, c) => {
        const text = oneLine(blocksText(cell.blocks));
        if (text) warnings.add(cellWhere(table.number, r + 1, c + 1), `tabel niet herkend als afsprakentabel (kolommen: ${headers || 'geen'}); niet overgenomen: "${clip(text)}"`);
      }),
    );
  });
}

/** Headers, footers, notes, comments and tracked changes: recognised, or said what became of them. */
export function warnFurniture(doc: DocxDocument, title: string | undefined, warnings: Warnings): void {
  const recognised = (text: string) =>
    !text ||
    /^(pagina|blz\.?|page|p\.)?\s*\d*\s*((van|\/|of)\s*\d*)?$/i.test(text) ||
    /^concept$/i.test(text) ||
    (title !== undefined && text === title);
  for (const [where, paragraphs] of [['koptekst', doc.headers], ['voettekst', doc.footers]] as const) {
    for (const p of paragraphs) {
      for (const text of [paragraphText(p), ...p.textBoxes.map(paragraphText)].map(oneLine)) {
        if (!recognised(text)) warnings.add(where, `tekst in de ${where} niet overgenomen: "${clip(text)}"`);
      }
    }
  }
  for (const note of doc.notes) {
    const text = oneLine(note.paragraphs.map(paragraphText).join(' '));
    if (text) warnings.add(`${note.kind} ${note.number}`, `voetnoten en eindnoten kent de toolkit niet; niet overgenomen: "${clip(text)}"`);
  }
  if (doc.comments) warnings.add('opmerkingen', `het document heeft ${doc.comments} opmerking${doc.comments === 1 ? '' : 'en'} in de marge; die zijn niet overgenomen`);
  if (doc.trackedChanges) {
    warnings.add('wijzigingen bijhouden', `het document heeft ${doc.trackedChanges} bijgehouden wijziging${doc.trackedChanges === 1 ? '' : 'en'}; gelezen alsof ze zijn geaccepteerd (ingevoegde tekst wel, verwijderde niet)`);
  }
}
