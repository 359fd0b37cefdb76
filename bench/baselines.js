// The same table texts through the bare libraries, with no merges, logos,
// tagging, hyphenation or rich text: the yardstick for our renderers' ratios.
import { createRequire } from 'node:module';
import { join } from 'node:path';

const require = createRequire(import.meta.url);
const fontDir = join(require.resolve('source-sans/package.json'), '..', 'TTF');

/** Plain texts per table row, from the document model. */
export function tableTexts(doc) {
  const blockText = (b) =>
    b.type === 'paragraph' ? b.inlines.map((i) => (i.type === 'text' ? i.text : '\n')).join('') : b.items.map((item) => item.map(blockText).join('\n')).join('\n');
  return doc.sections.flatMap((s) =>
    s.blocks
      .filter((b) => b.type === 'table')
      .map((t) => ({ header: t.header, widths: t.columns.map((c) => c.width), rows: t.rows.map((r) => r.cells.map((c) => c.blocks.map(blockText).join('\n'))) })),
  );
}

export async function bareDocx(tables) {
  const { Document, Packer, Paragraph, Table, TableCell, TableRow, WidthType, PageOrientation } = await import('docx');
  const cell = (text) => new TableCell({ children: [new Paragraph(text)] });
  const doc = new Document({
    sections: [
      {
        properties: { page: { size: { orientation: PageOrientation.LANDSCAPE } } },
        children: tables.map(
          (t) =>
            new Table({
              width: { size: 100, type: WidthType.PERCENTAGE },
              rows: [new TableRow({ tableHeader: true, children: t.header.map(cell) }), ...t.rows.map((r) => new TableRow({ children: r.map(cell) }))],
            }),
        ),
      },
    ],
  });
  return Packer.toBuffer(doc);
}

export async function barePdf(tables) {
  const { default: PDFDocument } = await import('pdfkit');
  const doc = new PDFDocument({ size: 'A4', layout: 'landscape', margin: 48, font: join(fontDir, 'SourceSans3-Regular.ttf') });
  const chunks = [];
  doc.on('data', (c) => chunks.push(c));
  const done = new Promise((resolve) => doc.on('end', resolve));
  doc.fontSize(8.5);
  const left = 48;
  const width = doc.page.width - 96;
  const bottom = doc.page.height - 48;
  let y = 48;
  for (const t of tables) {
    for (const row of [t.header, ...t.rows]) {
      const widths = t.widths.map((w) => w * width);
      const heights = row.map((text, i) => doc.heightOfString(text || ' ', { width: widths[i] - 8 }));
      const h = Math.max(...heights) + 8;
      if (y + h > bottom) {
        doc.addPage();
        y = 48;
      }
      let x = left;
      row.forEach((text, i) => {
        doc.text(text, x + 4, y + 4, { width: widths[i] - 8 });
        x += widths[i];
      });
      doc.moveTo(left, y + h).lineTo(left + width, y + h).stroke();
      y += h;
    }
  }
  doc.end();
  await done;
  return Buffer.concat(chunks);
}
