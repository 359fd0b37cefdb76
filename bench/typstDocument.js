// The yardstick's input: a Typst document equivalent to ours, written from
// the same document model (dist/document): the same page, fonts and sizes,
// the logo band and the page footer on every page, the same headings,
// paragraphs, lists and tables (column widths, row spans, the header row
// repeated on every page), rich text (bold, italic, underline, links, line
// breaks) and the signature blocks. Typst then typesets it its own way.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { typography } from '../dist/document/typography.js';

const pt = (v) => `${+v.toFixed(2)}pt`;
/** A Typst string literal (JSON's escapes, with Typst's form of \u). */
const str = (s) => JSON.stringify(s).replace(/\\u([0-9a-fA-F]{4})/g, '\\u{$1}');
const color = (hex) => `rgb("#${hex}")`;

function inlines(list) {
  const parts = list.map((i) => {
    if (i.type === 'break') return 'linebreak()';
    let out = `text(${str(i.text)})`;
    if (i.marks.includes('bold')) out = `strong(${out})`;
    if (i.marks.includes('italic')) out = `emph(${out})`;
    if (i.marks.includes('underline')) out = `underline(${out})`;
    if (i.href) out = `link(${str(i.href)}, ${out})`;
    return out;
  });
  return parts.length ? `{ ${parts.join('; ')} }` : '[]';
}

const styleSize = { body: typography.body.size, title: typography.title.size, subtitle: typography.heading2.size, note: typography.note.size, signing: typography.body.size };

function block(b, inCell) {
  switch (b.type) {
    case 'paragraph': {
      const size = inCell && (b.style ?? 'body') === 'body' ? typography.table.size : styleSize[b.style ?? 'body'];
      const fill = b.style === 'note' ? `, fill: ${color(typography.colors.muted)}` : '';
      return `par(text(size: ${pt(size)}${fill}, ${inlines(b.inlines)}))`;
    }
    case 'list':
      return `list(${b.items.map((item) => `{ ${item.map((x) => block(x, inCell)).join('; ')} }`).join(', ')})`;
    case 'heading':
      return `heading(level: ${b.level}, ${str(b.text)})`;
    case 'table':
      return table(b);
    case 'signatures':
      return `grid(columns: (1fr, 1fr), gutter: 24pt, ${b.signatories
        .map((s) => `block(breakable: false, { v(36pt); line(length: 100%); ${s.lines.map((l) => `par(text(${str(l)}))`).join('; ')} })`)
        .join(', ')})`;
    default:
      throw new Error(`no Typst for ${b.type}`);
  }
}

function table(t) {
  const header = t.header.map((h) => `text(fill: ${color(typography.colors.headerText)}, weight: "semibold", ${str(h)})`).join(', ');
  const cells = t.rows.flatMap((row) =>
    row.cells.map((c) => `table.cell(x: ${c.column}, rowspan: ${c.rowSpan}, { ${c.blocks.map((b) => block(b, true)).join('; ')} })`),
  );
  return [
    `table(columns: (${t.columns.map((c) => `${+(c.width * 100).toFixed(3)}%`).join(', ')}), inset: ${pt(typography.table.padding)},`,
    `  stroke: 0.5pt + ${color(typography.colors.rule)}, fill: (_, y) => if y == 0 { ${color(typography.colors.headerFill)} },`,
    `  table.header(repeat: true, ${header}),`,
    `  ${cells.join(',\n  ')})`,
  ].join('\n');
}

/** Writes main.typ and the logos into `dir`; returns the path of main.typ. */
export function writeTypstDocument(doc, dir) {
  mkdirSync(dir, { recursive: true });
  const logos = doc.header.logos.map((logo, i) => {
    const name = `logo-${i}.${logo.format}`;
    writeFileSync(join(dir, name), logo.data);
    return `image(${str(name)}, height: ${pt(doc.page.headerHeight)})`;
  });
  const { page } = doc;
  const footer = doc.footer.map((p) => (p.type === 'text' ? `text(${str(p.text)})` : p.type === 'page' ? 'counter(page).display()' : 'str(counter(page).final().first())')).join('; ');
  const lines = [
    `#set page(paper: "a4", flipped: ${page.orientation === 'landscape'}, margin: (top: ${pt(page.margins.top)}, right: ${pt(page.margins.right)}, bottom: ${pt(page.margins.bottom)}, left: ${pt(page.margins.left)}),`,
    `  header: grid(columns: (${logos.map(() => '1fr').join(', ')}), align: center + horizon, ${logos.join(', ')}),`,
    `  footer: context align(center, text(size: ${pt(typography.footer.size)}, { ${footer} })))`,
    `#set text(font: ${str(typography.fontFamily)}, size: ${pt(typography.body.size)}, lang: ${str(doc.meta.language.slice(0, 2))}, hyphenate: true, fill: ${color(typography.colors.text)})`,
    `#set document(title: ${str(doc.meta.title)}, author: ${str(doc.meta.author)})`,
    `#show heading.where(level: 1): set text(size: ${pt(typography.heading1.size)}, fill: ${color(typography.colors.accent)})`,
    `#show heading.where(level: 2): set text(size: ${pt(typography.heading2.size)}, fill: ${color(typography.colors.accent)})`,
  ];
  doc.sections.forEach((section, i) => {
    if (i > 0 && section.startOnNewPage) lines.push('#pagebreak()');
    for (const b of section.blocks) lines.push(`#${block(b, false)}`);
  });
  const main = join(dir, 'main.typ');
  writeFileSync(main, `${lines.join('\n')}\n`);
  return main;
}
