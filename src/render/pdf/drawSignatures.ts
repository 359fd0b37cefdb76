/**
 * The signature blocks: a grid of signatories, each a space to sign above a
 * line, the printed name and party under it, and an empty digital signature
 * field (/FT /Sig) over the space, so each party can sign in a PDF reader.
 * A row of the grid is never split over two pages.
 */
import type { Signatory, Signatures } from '../../document/types.js';
import { signatureColumns, typography } from '../../document/typography.js';
import { textRun } from '../../model/richtext.js';
import { drawLines } from './drawLines.js';
import { layoutInlines } from './layoutBlocks.js';
import { linesHeight, type Line } from './Line.js';
import { artifact, type PdfContext } from './PdfContext.js';
import { internals, pageInternals, type Ref, type StructElement } from './pdfkitInternals.js';
import { proseStyles, type TextStyle } from './pdfStyles.js';

const { signHeight: SIGN_HEIGHT, columnGap: COLUMN_GAP, rowGap: ROW_GAP, lineToText: LINE_TO_TEXT } = typography.signatures;

const nameStyle: TextStyle = { ...proseStyles.paragraph.body, face: 'semibold' };
const partyStyle: TextStyle = { ...proseStyles.paragraph.body, size: typography.signatures.partySize, color: typography.colors.muted };

interface MeasuredSignatory {
  signatory: Signatory;
  lines: Line[];
}

export interface MeasuredSignatures {
  columns: number;
  columnWidth: number;
  rows: MeasuredSignatory[][];
  rowHeights: number[];
}

export function measureSignatures(ctx: PdfContext, block: Signatures): MeasuredSignatures {
  const { flow, fonts } = ctx;
  const columns = signatureColumns(flow.width, block.signatories.length);
  const columnWidth = (flow.width - COLUMN_GAP * (columns - 1)) / columns;
  const measured = block.signatories.map((signatory) => ({
    signatory,
    lines: signatory.lines.flatMap((text, i) =>
      layoutInlines(fonts, [textRun(text)], i === 0 ? nameStyle : partyStyle, { width: columnWidth, spaceBefore: i === 0 ? 0 : 1 }),
    ),
  }));
  const rows: MeasuredSignatory[][] = [];
  for (let i = 0; i < measured.length; i += columns) rows.push(measured.slice(i, i + columns));
  const rowHeights = rows.map((row) => SIGN_HEIGHT + LINE_TO_TEXT + Math.max(...row.map((s) => linesHeight(s.lines))));
  return { columns, columnWidth, rows, rowHeights };
}

export function drawSignatures(ctx: PdfContext, m: MeasuredSignatures): void {
  const { doc, flow } = ctx;
  const group = doc.struct('Div');
  ctx.section.add(group);
  m.rows.forEach((row, r) => {
    if (r > 0) flow.addGap(ROW_GAP);
    flow.ensure(m.rowHeights[r]!);
    const top = flow.start();
    row.forEach((s, i) => {
      const x = flow.left + i * (m.columnWidth + COLUMN_GAP);
      const element = doc.struct('Div');
      group.add(element);
      signatureField(ctx, s.signatory, x, top, m.columnWidth, SIGN_HEIGHT, element);
      artifact(doc, 'Layout', () => {
        doc.save().lineWidth(0.75).strokeColor(`#${typography.colors.text}`).moveTo(x, top + SIGN_HEIGHT).lineTo(x + m.columnWidth, top + SIGN_HEIGHT).stroke().restore();
      });
      drawLines(doc, ctx.fonts, s.lines, 0, s.lines.length, x, top + SIGN_HEIGHT + LINE_TO_TEXT, element);
      element.end();
    });
    flow.y = top + m.rowHeights[r]!;
  });
  group.end();
}

/** An unsigned signature field: a widget with an empty appearance (PDF/A wants one) and the print flag, tagged as Form. */
function signatureField(ctx: PdfContext, signatory: Signatory, x: number, y: number, width: number, height: number, parent: StructElement): void {
  const { doc } = ctx;
  const d = internals(doc);
  if (!d._root.data.AcroForm) {
    doc.initForm();
    // PDF/A forbids NeedAppearances; every widget brings its own appearance.
    delete (d._root.data.AcroForm as Ref).data.NeedAppearances;
  }
  const appearance = doc.ref({ Type: 'XObject', Subtype: 'Form', BBox: [0, 0, width, height], Resources: {} }) as Ref;
  appearance.end('q Q');
  const form = doc.struct('Form');
  parent.add(form);
  doc.annotate(x, y, width, height, {
    Subtype: 'Widget',
    FT: 'Sig',
    T: new String(signatory.fieldName),
    TU: new String(signatory.lines[0] ?? signatory.name),
    F: 4,
    AP: { N: appearance },
    P: pageInternals(doc).dictionary,
    structParent: form,
  } as object);
  form.end();
  const annotations = pageInternals(doc).annotations;
  ((d._root.data.AcroForm as Ref).data.Fields as Ref[]).push(annotations[annotations.length - 1]!);
}
