/**
 * Document model -> Markdown (GitHub-flavoured): for a memo, a mail or a
 * repository. One handler per node type. Tables become GFM tables: a cell's
 * paragraphs and list items are joined with <br>, and a merged cell shows its
 * text in its first row and a ditto mark (〃) in the rows it spans. Tracked
 * changes are shown as ~~deleted~~ and <ins>inserted</ins>.
 */
import { contentsEntries } from '../../document/contentsEntries.js';
import type { Block, BlockHandlers, Cell, DocumentModel, Inline, InlineHandlers, Section, Table } from '../../document/types.js';

type Context = { inCell: boolean; sections: readonly Section[] };
const cell: Context = { inCell: true, sections: [] };

/** The continuation of a merged cell in the rows below its first. */
const DITTO = '〃';

const inlineHandlers: InlineHandlers<string, Context> = {
  text(run) {
    let md = escapeMarkdown(run.text);
    if (!md.trim()) return md;
    // Markers hug the words: leading and trailing spaces stay outside them.
    const [, lead, core, trail] = /^(\s*)(.*?)(\s*)$/s.exec(md)!;
    md = core!;
    if (run.marks.includes('bold')) md = `**${md}**`;
    if (run.marks.includes('italic')) md = `*${md}*`;
    if (run.marks.includes('underline')) md = `<u>${md}</u>`;
    if (run.href && /^(https?:|mailto:|#)/i.test(run.href)) md = `[${md}](${run.href.replace(/[()\s]/g, encodeURIComponent)})`;
    if (run.change === 'delete') md = `~~${md}~~`;
    if (run.change === 'insert') md = `<ins>${md}</ins>`;
    return `${lead}${md}${trail}`;
  },
  // A hard break: a backslash at the end of a line; in a table cell, <br>.
  break: (_, ctx) => (ctx.inCell ? '<br>' : '\\\n'),
};

function renderInlines(inlines: readonly Inline[], ctx: Context): string {
  return inlines.map((i) => (inlineHandlers[i.type] as (i: Inline, c: Context) => string)(i, ctx)).join('');
}

const blockHandlers: BlockHandlers<string, Context> = {
  paragraph(p, ctx) {
    const text = renderInlines(p.inlines, ctx);
    if (ctx.inCell) return p.style === 'note' && text ? `<small>${text}</small>` : text;
    if (p.style === 'title') return `# ${text}`;
    if (p.style === 'note') return `*${text}*`;
    // A paragraph that starts like a list item ("2024. ...", "- ...") stays a paragraph.
    return text.replace(/^(\d+)([.)])(\s)/, '$1\\$2$3').replace(/^([-+])(\s)/, '\\$1$2');
  },
  list(l, ctx) {
    const marker = (i: number) => (l.ordered ? `${(l.start ?? 1) + i}.` : ctx.inCell ? '•' : '-');
    if (ctx.inCell) return l.items.map((item, i) => `${marker(i)} ${renderCellBlocks(item)}`).join('<br>');
    return l.items.map((item, i) => `${marker(i)} ${renderBlocks(item, ctx).replace(/\n/g, `\n${' '.repeat(marker(i).length + 1)}`)}`).join('\n');
  },
  heading: (h) => `${'#'.repeat(h.level + 1)} ${escapeMarkdown(h.text)}`,
  table: (t) => renderTable(t),
  // Markdown has no place for the drawing: its caption, its description and its data.
  figure: (f) => [`**${escapeMarkdown(f.caption)}**`, `*${escapeMarkdown(f.alt)}*`, renderTable(f.table)].join('\n\n'),
  signatures: (s) => s.signatories.map((x) => `- ${x.lines.map(escapeMarkdown).join('\\\n  ')}`).join('\n'),
  contents: (c, ctx) =>
    [`**${escapeMarkdown(c.title)}**`, '', ...contentsEntries(ctx.sections, c.depth).map((h) => `${'  '.repeat(h.level - 1)}- [${escapeMarkdown(h.text)}](#${h.anchor})`)].join('\n'),
  // Markdown shows no images of its own here: the parties' names stand for their logos.
  logos: (l) => `*${l.logos.map((logo) => escapeMarkdown(logo.name)).join(' · ')}*`,
};

function renderBlocks(blocks: readonly Block[], ctx: Context): string {
  return blocks.map((b) => (blockHandlers[b.type] as (b: Block, c: Context) => string)(b, ctx)).join('\n\n');
}

function renderCellBlocks(blocks: readonly Block[]): string {
  return blocks
    .map((b) => (blockHandlers[b.type] as (b: Block, c: Context) => string)(b, cell))
    .filter(Boolean)
    .join('<br>');
}

function renderTable(table: Table): string {
  const width = table.columns.length;
  // Which column of each row a merged cell from above still covers.
  const covered: number[] = new Array(width).fill(0);
  const lines = [row(table.header.map(escapeMarkdown)), row(table.columns.map((c) => (c.kind === 'number' ? '---:' : '---')))];
  for (const r of table.rows) {
    const cells: string[] = new Array(width).fill('');
    const starting = new Map<number, Cell>(r.cells.map((c) => [c.column, c]));
    for (let column = 0; column < width; column++) {
      const c = starting.get(column);
      if (c) {
        cells[column] = renderCellBlocks(c.blocks);
        covered[column] = c.rowSpan - 1;
      } else if (covered[column]! > 0) {
        cells[column] = DITTO;
        covered[column]!--;
      }
    }
    if (r.change === 'delete') cells.forEach((text, i) => (cells[i] = text && text !== DITTO ? `~~${text}~~` : text));
    lines.push(row(cells));
  }
  return lines.join('\n');
}

function row(cells: readonly string[]): string {
  return `| ${cells.map((c) => c.replace(/\n/g, '<br>')).join(' | ')} |`;
}

/** Text made literal: Markdown's markup characters and table pipes escaped. */
function escapeMarkdown(text: string): string {
  return text.replace(/[\\`*_[\]<>|#~]/g, (c) => `\\${c}`);
}

function renderSections(sections: readonly Section[]): string {
  const ctx: Context = { inCell: false, sections };
  return sections.map((s) => renderBlocks(s.blocks, ctx)).filter(Boolean).join('\n\n');
}

/** The whole document (or report) as one Markdown text. */
export async function renderMarkdown(doc: DocumentModel): Promise<string> {
  const parts: string[] = [];
  if (doc.watermark) parts.push(`> **${escapeMarkdown(doc.watermark)}**`);
  if (doc.report) {
    parts.push(`# ${escapeMarkdown(doc.meta.title)}`, escapeMarkdown(doc.report.subtitle));
    if (doc.report.note) parts.push(`**${escapeMarkdown(doc.report.note)}**`);
    if (doc.report.summary.length) parts.push(`**${escapeMarkdown(doc.report.summary.join(' '))}**`);
  }
  parts.push(renderSections(doc.sections));
  return `${parts.filter(Boolean).join('\n\n')}\n`;
}
