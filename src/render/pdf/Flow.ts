/**
 * The vertical flow of the document through its pages: where the next block
 * goes, the space between blocks, page breaks, and the per-page furniture
 * (watermark behind the text, logo band) drawn when a page starts.
 */
import type { DocumentModel } from '../../document/types.js';
import { linesHeight, type Line } from './Line.js';
import { outlineData, pageInternals, type Pdf } from './pdfkitInternals.js';

const EPS = 0.01;

export class Flow {
  y = 0;
  pages = 0;
  /** Space still to add before the next block, unless it starts a page. */
  private gap = 0;
  /** Outline entries for the next block placed, and the open entries above it, by level. */
  private bookmarks: { title: string; level: number }[] = [];
  private readonly outline: { level: number; item: PDFKit.PDFOutline }[] = [];
  /** What to do where the next block starts (a section's named destination). */
  private atStart: (() => void)[] = [];

  constructor(
    private readonly doc: Pdf,
    private readonly model: DocumentModel,
    private readonly onPage: () => void,
  ) {}

  get top(): number {
    return this.model.page.margins.top;
  }
  get bottom(): number {
    return this.model.page.height - this.model.page.margins.bottom;
  }
  get left(): number {
    return this.model.page.margins.left;
  }
  get width(): number {
    const { width, margins } = this.model.page;
    return width - margins.left - margins.right;
  }
  /** Height of the body area of a page. */
  get pageSpace(): number {
    return this.bottom - this.top;
  }
  /** Nothing placed on this page yet. */
  get atTop(): boolean {
    return this.pages > 0 && this.y <= this.top + EPS;
  }
  /** Space left on this page for the next block, after its gap. */
  get space(): number {
    return this.pages === 0 ? 0 : this.bottom - this.y - (this.atTop ? 0 : this.gap);
  }

  newPage(): void {
    const { page } = this.model;
    this.doc.addPage({ size: [page.width, page.height], layout: 'portrait', margins: page.margins });
    this.pages++;
    this.y = this.top;
    this.gap = 0;
    this.onPage();
  }

  /** Continue further down this page at `y`, with no gap before the next block (a cover's parts). */
  skipTo(y: number): void {
    this.y = Math.max(this.y, Math.min(y, this.bottom));
    this.gap = 0;
  }

  /** Ask for at least this much space before the next block (gaps collapse to the largest). */
  addGap(gap: number): void {
    this.gap = Math.max(this.gap, gap);
  }

  /** Make sure `height` fits below (with the gap), else start a new page. */
  ensure(height: number): void {
    if (this.pages === 0 || (!this.atTop && height > this.space + EPS)) this.newPage();
  }

  /** Move to where the next block starts (applying the gap) and return that y. */
  start(): number {
    if (this.pages === 0) this.newPage();
    if (!this.atTop) this.y += this.gap;
    this.gap = 0;
    for (const { title, level } of this.bookmarks) {
      while (this.outline.length && this.outline[this.outline.length - 1]!.level >= level) this.outline.pop();
      const parent = this.outline[this.outline.length - 1]?.item ?? this.doc.outline;
      // Chapters open, so the reader sees their sections.
      const item = parent.addItem(title, level === 1 ? { expanded: true } : undefined);
      // Point at the block itself rather than the whole page.
      outlineData(item).Dest = [pageInternals(this.doc).dictionary, 'XYZ', null, this.model.page.height - this.y, null];
      this.outline.push({ level, item });
    }
    this.bookmarks = [];
    if (this.atStart.length) {
      const pending = this.atStart;
      this.atStart = [];
      for (const f of pending) f();
    }
    return this.y;
  }

  /** Run `f` where the next block starts, once its page and position are known. */
  atNextStart(f: () => void): void {
    this.atStart.push(f);
  }

  /** The next block placed gets this outline entry, under the last entry of a lower level. */
  bookmarkNext(title: string, level = 1): void {
    this.bookmarks.push({ title, level });
  }

  /**
   * Place lines in the flow, breaking pages between lines: no single first
   * line of a paragraph at a page bottom, no single last line at a page top.
   */
  placeLines(lines: readonly Line[], draw: (from: number, to: number, top: number) => void): void {
    let from = 0;
    while (from < lines.length) {
      const top = this.start();
      let to = from;
      let h = 0;
      while (to < lines.length) {
        const next = h + lines[to]!.height + (to === from ? 0 : lines[to]!.spaceBefore);
        if (top + next > this.bottom + EPS) break;
        h = next;
        to++;
      }
      if (to < lines.length) {
        let end = to;
        while (end > from && !breakAllowed(lines, end)) end--;
        if (end === from) {
          if (!this.atTop) {
            this.newPage();
            continue;
          }
          end = Math.max(to, from + 1);
        }
        to = end;
      }
      draw(from, to, top);
      this.y = top + linesHeight(lines, from, to);
      from = to;
      if (from < lines.length) this.newPage();
    }
  }
}

/** A page break before lines[i] leaves no orphan (lone first line) or widow (lone last line). */
export function breakAllowed(lines: readonly Line[], i: number): boolean {
  const before = lines[i - 1]!;
  const after = lines[i]!;
  if (after.paragraphStart) return true;
  if (before.paragraphStart) return false;
  if (after.paragraphEnd) return false;
  return true;
}
