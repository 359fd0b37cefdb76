/**
 * The table of contents with the real page numbers. Its entries' lines do not
 * depend on the numbers (the numbers have a column of their own), so the
 * contents is laid out and its space taken in the flow like any text, the
 * places of its lines kept; when every page is placed, the entries are drawn
 * there with the number of their heading's page, a dot leader and a link to
 * the heading. No second layout pass: a document without contents pays nothing.
 * Tagged TOC > TOCI > Link (the entry's text and number, and its annotations).
 */
import { contentsEntries } from '../../document/contentsEntries.js';
import type { Contents, Heading } from '../../document/types.js';
import { typography } from '../../document/typography.js';
import { textRun } from '../../model/richtext.js';
import { drawLines } from './drawLines.js';
import { layoutInlines } from './layoutBlocks.js';
import { linesHeight, type Line } from './Line.js';
import { artifact, type PdfContext } from './PdfContext.js';
import { contentsStyles, headingStyles, type TextStyle } from './pdfStyles.js';
import { TagNode } from './TagNode.js';

/** Space between the leader and the number, and the least room for the leader after an entry's text. */
const NUMBER_GAP = 5;
const LEADER_MIN = 18;
/** The leader's dots: their distance (on a grid shared by all entries, so they line up) and size. */
const DOT_STEP = 3.6;
const DOT_SIZE = 0.9;

interface Entry {
  heading: Heading;
  indent: number;
  style: TextStyle;
  /** Its lines in `lines`: [first, end). */
  first: number;
  end: number;
  link: TagNode;
}

export interface MeasuredContents {
  title: Line[];
  lines: Line[];
  entries: Entry[];
  toc: TagNode;
  width: number;
  /** Height of the title and the first entry: what must fit for the contents to start on a page. */
  startHeight: number;
}

export function measureContents(ctx: PdfContext, block: Contents): MeasuredContents {
  const { fonts } = ctx;
  const width = ctx.model.page.proseWidth;
  const title = layoutInlines(fonts, [textRun(block.title)], headingStyles[1], { width, paragraphTag: 'H2' });
  const headings = contentsEntries(ctx.model.sections, block.depth);
  // Chapters stand out only when there are sections under them.
  const nested = headings.some((h) => h.level > 1);
  const toc = new TagNode('TOC');
  const lines: Line[] = [];
  const entries = headings.map((heading, i): Entry => {
    const chapter = nested && heading.level === 1;
    const style = chapter ? contentsStyles.chapter : contentsStyles.section;
    const indent = (heading.level - 1) * contentsStyles.indent;
    const numberColumn = fonts.width(style.face, '000', style.size) + NUMBER_GAP;
    const link = new TagNode('Link', new TagNode('TOCI', toc));
    const spaceBefore = i === 0 ? 0 : chapter ? contentsStyles.chapterSpace : contentsStyles.entrySpace;
    const own = layoutInlines(fonts, [textRun(heading.text)], style, { width: Math.max(40, width - indent - numberColumn - LEADER_MIN), tag: link, spaceBefore });
    for (const line of own) for (const f of line.fragments) f.x += indent;
    const first = lines.length;
    lines.push(...own);
    return { heading, indent, style, first, end: lines.length, link };
  });
  const firstEntry = entries[0] ? linesHeight(lines, 0, entries[0].end) + headingStyles[1].spaceAfter : 0;
  return { title, lines, entries, toc, width, startHeight: linesHeight(title) + firstEntry };
}

/** Place the title now and take the entries' space; draw the entries when the pages are known (`ctx.finish`). */
export function placeContents(ctx: PdfContext, m: MeasuredContents, placeTitle: () => void): void {
  const { flow, doc } = ctx;
  flow.ensure(m.startHeight);
  placeTitle();
  // The TOC element now, so it stands in reading order in its section; its entries are added at the end.
  const toc = m.toc.resolve(doc, ctx.section);
  flow.addGap(headingStyles[1].spaceAfter);
  const places: { page: number; y: number }[] = [];
  flow.placeLines(m.lines, (from, to, top) => {
    let y = top;
    for (let i = from; i < to; i++) {
      if (i > from) y += m.lines[i]!.spaceBefore;
      places[i] = { page: flow.pages - 1, y };
      y += m.lines[i]!.height;
    }
  });
  ctx.finish.push(() => {
    for (const entry of m.entries) drawEntry(ctx, m, entry, places, toc);
  });
}

function drawEntry(ctx: PdfContext, m: MeasuredContents, entry: Entry, places: readonly { page: number; y: number }[], toc: PDFKit.PDFStructureElement): void {
  const { doc, fonts, flow, model } = ctx;
  const { style } = entry;
  const target = ctx.headings.get(entry.heading.anchor);
  const last = m.lines[entry.end - 1]!;
  const numberWidth = fonts.width(style.face, '000', style.size);
  if (target) {
    const text = String(target.page + 1);
    const w = fonts.width(style.face, text, style.size);
    const previous = last.fragments[last.fragments.length - 1];
    // The text before reads "... Titel 12" when extracted, not "Titel12".
    if (previous && !previous.text.endsWith(' ')) previous.text += ' ';
    last.fragments.push({ text, x: m.width - w, width: w, style: { face: style.face, size: style.size, color: style.color }, tag: entry.link });
  }
  for (let i = entry.first; i < entry.end; i++) {
    doc.switchToPage(places[i]!.page);
    drawLines(doc, fonts, m.lines, i, i + 1, flow.left, places[i]!.y, toc);
  }
  const link = entry.link.resolve(doc, toc);
  if (!target) return;

  // The dot leader, from the text's end to the number column, on the last line.
  const lastPlace = places[entry.end - 1]!;
  doc.switchToPage(lastPlace.page);
  const text = last.fragments.slice(0, -1);
  const textEnd = flow.left + (text.length ? Math.max(...text.map((f) => f.x + f.width)) : entry.indent);
  const leaderEnd = flow.left + m.width - numberWidth - NUMBER_GAP;
  if (leaderEnd - textEnd > 2 * DOT_STEP) {
    const from = textEnd + DOT_STEP;
    const baseline = lastPlace.y + last.baseline - DOT_SIZE / 2;
    // Dots on a grid ending at the leader's end, so they line up from entry to entry.
    const phase = (((from - leaderEnd) % DOT_STEP) + DOT_STEP) % DOT_STEP;
    artifact(doc, 'Layout', () => {
      doc.save().lineWidth(DOT_SIZE).lineCap('round').strokeColor(`#${typography.colors.muted}`);
      doc.addContent(`[0 ${DOT_STEP}] ${phase.toFixed(3)} d`);
      doc.moveTo(from, baseline).lineTo(leaderEnd + 0.01, baseline).stroke().restore();
    });
  }

  // The whole entry is the link: a rectangle per line, to the heading's place.
  const dest = [target.pageRef, 'XYZ', null, model.page.height - target.y, null];
  for (let i = entry.first; i < entry.end; i++) {
    const line = m.lines[i]!;
    doc.switchToPage(places[i]!.page);
    doc.annotate(flow.left + entry.indent, places[i]!.y, m.width - entry.indent, line.height, {
      Subtype: 'Link',
      Dest: dest,
      Contents: new String(entry.heading.text),
      structParent: link,
    } as unknown as PDFKit.Mixins.AnnotationOption);
  }
}
