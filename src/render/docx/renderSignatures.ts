/**
 * The signatories in the PDF's grid (three to a row on landscape A4, two on
 * portrait: typography's signatureColumns), in a borderless table: space to
 * sign, a line (the top border of the name), the printed name and role and
 * the party. Rows don't split, so a signature never loses its name to the
 * next page.
 */
import { BorderStyle, Paragraph, Table, TableCell, TableLayoutType, TableRow, TextRun, WidthType } from 'docx';
import type { Signatory, Signatures } from '../../document/types.js';
import { signatureColumns, typography as t } from '../../document/typography.js';
import type { DocxContext } from './docxContext.js';
import { styleIds } from './docxStyles.js';
import { halfPoints, splitWidth, twips } from './units.js';

const none = { style: BorderStyle.NONE, size: 0, color: 'auto' };
const s = t.signatures;

export function renderSignatures(block: Signatures, ctx: DocxContext): Table {
  const columns = signatureColumns(ctx.bodyWidth / 20, block.signatories.length);
  // Each column but the last carries the gap to the next as its cell's right margin.
  const column = (ctx.bodyWidth / 20 - s.columnGap * (columns - 1)) / columns;
  const widths = splitWidth(ctx.bodyWidth, Array.from({ length: columns }, (_, i) => column + (i < columns - 1 ? s.columnGap : 0)));
  const rows: TableRow[] = [];
  for (let i = 0; i < block.signatories.length; i += columns) {
    const row = block.signatories.slice(i, i + columns);
    const last = i + columns >= block.signatories.length;
    rows.push(
      new TableRow({
        cantSplit: true,
        children: widths.map((width, c) => signatoryCell(row[c], width, c < columns - 1, last)),
      }),
    );
  }
  return new Table({
    width: { size: ctx.bodyWidth, type: WidthType.DXA },
    columnWidths: widths,
    layout: TableLayoutType.FIXED,
    borders: { top: none, bottom: none, left: none, right: none, insideHorizontal: none, insideVertical: none },
    margins: { top: 0, bottom: 0, left: 0, right: 0 },
    rows,
  });
}

function signatoryCell(signatory: Signatory | undefined, width: number, gapAfter: boolean, lastRow: boolean): TableCell {
  const children = signatory
    ? signatory.lines.map(
        (line, i) =>
          new Paragraph({
            style: styleIds.signatory,
            // The signing line is the name's top border, under the space to sign.
            ...(i === 0
              ? { spacing: { before: twips(s.signHeight) }, border: { top: { style: BorderStyle.SINGLE, size: 6, color: t.colors.text, space: s.lineToText } } }
              : { spacing: { before: twips(1) } }),
            children: [new TextRun(i === 0 ? { text: line, bold: true } : { text: line, color: t.colors.muted, size: halfPoints(s.partySize) })],
          }),
      )
    : [new Paragraph({ style: styleIds.signatory })];
  return new TableCell({
    width: { size: width, type: WidthType.DXA },
    margins: { top: 0, left: 0, right: gapAfter ? twips(s.columnGap) : 0, bottom: lastRow ? 0 : twips(s.rowGap) },
    children,
  });
}
