/**
 * Document model -> HTML fragments. One handler per node type; all source
 * text passes through escapeHtml, and links are only the http(s)/mailto
 * targets the Markdown parser let through.
 */
import type { Block, BlockHandlers, Cell, Figure, Inline, InlineHandlers, Section, Table } from '../../document/types.js';
import { contentsEntries } from '../../document/contentsEntries.js';
import { escapeHtml } from './escapeHtml.js';
import { logoData } from './logoData.js';

/** The document's headings, for a table of contents. */
type Context = { sections: readonly Section[] };
const none: Context = { sections: [] };

const inlineHandlers: InlineHandlers<string, Context> = {
  text(run) {
    let html = escapeHtml(run.text);
    if (run.marks.includes('bold')) html = `<strong>${html}</strong>`;
    if (run.marks.includes('italic')) html = `<em>${html}</em>`;
    if (run.marks.includes('underline')) html = `<u>${html}</u>`;
    if (run.href && /^(https?:|mailto:|#)/i.test(run.href)) html = `<a href="${escapeHtml(run.href)}">${html}</a>`;
    if (run.change === 'insert') html = `<ins>${html}</ins>`;
    if (run.change === 'delete') html = `<del>${html}</del>`;
    return html;
  },
  break: () => '<br>',
};

export function renderInlines(inlines: readonly Inline[]): string {
  return inlines.map((i) => (inlineHandlers[i.type] as (i: Inline, c: Context) => string)(i, none)).join('');
}

const blockHandlers: BlockHandlers<string, Context> = {
  // The document title is the page's h1; theme headings follow as h2.
  paragraph: (p) =>
    p.style === 'title'
      ? `<h1 class="title">${renderInlines(p.inlines)}</h1>`
      : `<p${p.style && p.style !== 'body' ? ` class="${p.style}"` : ''}>${renderInlines(p.inlines)}</p>`,
  list: (l, ctx) => {
    const items = l.items.map((item) => `<li>${renderBlocks(item, ctx)}</li>`).join('');
    return l.ordered ? `<ol${l.start && l.start !== 1 ? ` start="${l.start}"` : ''}>${items}</ol>` : `<ul>${items}</ul>`;
  },
  heading: (h) => `<h${h.level + 1} id="${escapeHtml(h.anchor)}">${escapeHtml(h.text)}</h${h.level + 1}>`,
  contents: (c, ctx) =>
    `<nav class="contents" aria-label="${escapeHtml(c.title)}"><h2>${escapeHtml(c.title)}</h2><ol>${contentsEntries(ctx.sections, c.depth)
      .map((h) => `<li class="level-${h.level}"><a href="#${escapeHtml(h.anchor)}">${escapeHtml(h.text)}</a></li>`)
      .join('')}</ol></nav>`,
  logos: (l) =>
    `<div class="logos">${l.logos.map((logo) => `<img src="${logoData(logo).src}" alt="${escapeHtml(logo.name)}" style="min-height:${(l.minHeight / 72).toFixed(3)}in">`).join('')}</div>`,
  table: renderTable,
  signatures: (s) =>
    `<div class="signatures">${s.signatories
      .map((x) => `<div class="signatory"><div class="sign-space" aria-hidden="true"></div>${x.lines.map((l) => `<p>${escapeHtml(l)}</p>`).join('')}</div>`)
      .join('')}</div>`,
  figure: renderFigure,
};

export function renderBlocks(blocks: readonly Block[], ctx: Context = none): string {
  return blocks.map((b) => (blockHandlers[b.type] as (b: Block, c: Context) => string)(b, ctx)).join('\n');
}

function renderTable(table: Table): string {
  const cols = table.columns.map((c) => `<col style="width:${(c.width * 100).toFixed(2)}%">`).join('');
  const head = table.header
    .map((h, i) => `<th scope="col"${table.columns[i]?.kind === 'number' ? ' class="num"' : ''}>${escapeHtml(h)}</th>`)
    .join('');
  const cell = (c: Cell) => {
    const attrs = [
      c.rowSpan > 1 ? ` rowspan="${c.rowSpan}"` : '',
      table.columns[c.column]?.kind === 'number' ? ' class="num"' : '',
      c.fill && /^[0-9A-Fa-f]{6}$/.test(c.fill) ? ` style="background:#${c.fill}"` : '',
    ].join('');
    return `<td${attrs}>${renderBlocks(c.blocks)}</td>`;
  };
  const rows = table.rows
    .map((r) => {
      const attrs = [
        r.anchor ? ` id="${escapeHtml(r.anchor)}"` : '',
        r.tags?.length ? ` data-tags="${escapeHtml(r.tags.join(' '))}"` : '',
        r.change ? ` class="row-${r.change}"` : '',
      ].join('');
      return `<tr${attrs}>${r.cells.map(cell).join('')}</tr>`;
    })
    .join('\n');
  return `<table id="${escapeHtml(table.anchor)}"><caption class="visually-hidden">${escapeHtml(table.summary)}</caption><colgroup>${cols}</colgroup><thead><tr>${head}</tr></thead><tbody>\n${rows}\n</tbody></table>`;
}

/**
 * The chart inline, as one image for assistive technology (its name is the
 * description; the table under it gives the numbers), as wide as the page.
 * The SVG comes from the chart renderer, which escapes every text in it.
 */
function renderFigure(figure: Figure): string {
  const svg = figure.svg.replace(/^<svg\b/, `<svg role="img" aria-label="${escapeHtml(figure.alt)}" style="width:100%;height:auto"`);
  return `<figure id="${escapeHtml(figure.anchor)}" class="chart"><figcaption>${escapeHtml(figure.caption)}</figcaption>\n${svg}\n</figure>\n${renderTable(figure.table)}`;
}

export function renderSections(sections: readonly Section[]): string {
  const ctx: Context = { sections };
  return sections
    .map((s) => `<section id="${escapeHtml(s.id)}"${s.startOnNewPage || s.cover ? ` class="${[s.startOnNewPage ? 'new-page' : '', s.cover ? 'cover' : ''].filter(Boolean).join(' ')}"` : ''}>\n${renderBlocks(s.blocks, ctx)}\n</section>`)
    .join('\n');
}
