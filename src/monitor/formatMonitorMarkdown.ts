/**
 * The monitor as Markdown, for a memo: the same sections as the documents,
 * each chart as its caption, its description and its data table (Markdown
 * has no place for the drawing itself).
 *
 * Interim: the project's Markdown writer (src/render/markdown) renders any
 * document model; once it is in, this becomes a call to it.
 */
import { markdownCell } from '../coverage/markdownCell.js';
import type { Block, CellBlock, Section, Table } from '../document/types.js';
import type { Wording } from '../document/wording.js';
import type { LoadedMonitor } from '../sources/loadMonitor.js';
import type { MonitorReport } from './computeMonitor.js';
import { monitorSections, subtitle } from './monitorSections.js';

export async function formatMonitorMarkdown(loaded: LoadedMonitor, report: MonitorReport, w: Wording): Promise<string> {
  const out: string[] = [`# ${markdownCell(report.title)}`, ''];
  if (report.illustration) out.push(`**${markdownCell(w.text('monitor.illustrationNote'))}**`, '');
  out.push(markdownCell(subtitle(report, w)));
  // Without charts: they are only rendered for the documents and the HTML page.
  const sections = await monitorSections(loaded, report, w, { chartWidth: 0, titleBlocks: false, draw: false });
  for (const section of sections) out.push(...sectionLines(section));
  return `${out.join('\n')}\n`;
}

function sectionLines(section: Section): string[] {
  return section.blocks.flatMap((block) => ['', ...blockLines(block)]);
}

function blockLines(block: Block): string[] {
  switch (block.type) {
    case 'heading':
      return [`${'#'.repeat(block.level + 1)} ${markdownCell(block.text)}`];
    case 'paragraph':
    case 'list':
      return [cellText([block])];
    case 'table':
      return tableLines(block);
    case 'figure':
      return [`**${markdownCell(block.caption)}**`, '', `*${markdownCell(block.alt)}*`, '', ...tableLines(block.table)];
    case 'signatures':
      return [];
  }
}

function tableLines(table: Table): string[] {
  const grid = table.rows.map((row) => table.columns.map((_, column) => cellText(row.cells.find((c) => c.column === column)?.blocks ?? [])));
  const align = table.columns.map((c) => (c.kind === 'number' ? '---:' : '---'));
  return [`| ${table.header.map(markdownCell).join(' | ')} |`, `| ${align.join(' | ')} |`, ...grid.map((cells) => `| ${cells.join(' | ')} |`)];
}

/** Rich text as one Markdown line: bold kept, paragraphs and items on lines of their own (`<br>`). */
function cellText(blocks: readonly CellBlock[]): string {
  return blocks
    .flatMap((block) =>
      block.type === 'paragraph'
        ? [block.inlines.map((i) => (i.type === 'break' ? '<br>' : i.marks.includes('bold') ? `**${escape(i.text)}**` : escape(i.text))).join('').trim()]
        : block.items.map((item) => `• ${cellText(item)}`),
    )
    .join('<br>');
}

/** markdownCell for a run within a line: its spaces kept. */
function escape(text: string): string {
  return text.replace(/\s+/g, ' ').replace(/[\\`*_[\]<>|#]/g, (c) => `\\${c}`);
}
