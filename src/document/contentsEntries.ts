import type { Block, Heading, Section } from './types.js';

/** The headings a table of contents lists, in document order: those with `toc` (default: levels 1 to 3), up to `depth`. */
export function contentsEntries(sections: readonly Section[], depth: number): Heading[] {
  const out: Heading[] = [];
  const visit = (blocks: readonly Block[]) => {
    for (const b of blocks) if (b.type === 'heading' && inContents(b) && b.level <= depth) out.push(b);
  };
  for (const s of sections) visit(s.blocks);
  return out;
}

export function inContents(h: Heading): boolean {
  return h.toc ?? h.level <= 3;
}
