/**
 * The signatories, two to a row in a borderless table: space to sign above a
 * line, then the printed name and role and the party. Rows don't split, so a
 * signature never loses its name to the next page.
 */
import { BorderStyle, Paragraph, Table, TableCell, TableLayoutType, TableRow, TextRun, WidthType } from 'docx';
import type { Signatory, Signatures } from '../../document/types.js';
import { typography as t } from '../../document/typography.js';
import type { DocxContext } from './docxContext.js';
import { styleIds } from './docxStyles.js';
import { splitWidth, twips } from './units.js';

const none = { style: BorderStyle.NONE, size: 0, color: 'auto' };
const signingSpace = 42;
const gutter = twips(24);

export function renderSignatures(block: Signatures, ctx: DocxContext): Table {
  const widths = splitWidth(ctx.bodyWidth, [1, 1]);
  const rows: TableRow[] = [];
  for (let i = 0; i < block.signatories.length; i += 2) {
    const pair = block.signatories.slice(i, i + 2);
    rows.push(
      new TableRow({
        cantSplit: true,
        children: widths.map((width, column) => signatoryCell(pair[column], width, column === 0)),
      }),
    );
  }
  return new Table({
    width: { size: ctx.bodyWidth, type: WidthType.DXA },
    columnWidths: widths,
    layout: TableLayoutType.FIXED,
    borders: { top: none, bottom: none, left: none, right: none, insideHorizontal: none, insideVertical: none },
    margins: { top: 0, bottom: twips(18), left: 0, right: 0 },
    rows,
  });
}

function signatoryCell(signatory: Signatory | undefined, width: number, left: boolean): TableCell {
  const children = signatory
    ? [
        // The signing line: the bottom border of an empty paragraph tall enough to sign in.
        new Paragraph({
          style: styleIds.signatory,
          spacing: { before: twips(signingSpace), after: twips(4) },
          indent: left ? { right: gutter + Math.round(width * 0.2) } : { left: gutter, right: Math.round(width * 0.2) },
          border: { bottom: { style: BorderStyle.SINGLE, size: 6, color: t.colors.text, space: 1 } },
        }),
        ...signatory.lines.map(
          (line, i) =>
            new Paragraph({
              style: styleIds.signatory,
              ...(left ? {} : { indent: { left: gutter } }),
              children: [new TextRun(i === 0 ? { text: line, bold: true } : { text: line, color: t.colors.muted })],
            }),
        ),
      ]
    : [new Paragraph({ style: styleIds.signatory })];
  return new TableCell({ width: { size: width, type: WidthType.DXA }, children });
}
