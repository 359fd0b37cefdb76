/**
 * A cover page: its text a fifth of the way down, under a short rule in the
 * accent colour, and the logos that end it (a Logos block) at the foot of the
 * page. What does not fit so simply flows on as any section would.
 */
import type { Block } from '../../document/types.js';
import { typography } from '../../document/typography.js';
import { artifact, type PdfContext } from './PdfContext.js';
import type { Placement } from './renderBlocks.js';

/** Where the text starts, as a share of the body's height; the rule above it. */
const TEXT_AT = 0.2;
const RULE = { width: 56, height: 3, above: 16 };

export function placeCover(ctx: PdfContext, blocks: readonly Block[], placements: readonly Placement[]): void {
  const { flow, doc } = ctx;
  let foot = blocks.length;
  while (foot > 0 && blocks[foot - 1]!.type === 'logos') foot--;
  flow.ensure(0);
  flow.skipTo(flow.top + flow.pageSpace * TEXT_AT);
  const ruleY = flow.y - RULE.above - RULE.height;
  artifact(doc, 'Layout', () => doc.save().rect(flow.left, ruleY, RULE.width, RULE.height).fill(`#${typography.colors.accent}`).restore());
  const place = (p: Placement) => {
    flow.addGap(p.gapBefore);
    p.place();
    flow.addGap(p.gapAfter);
  };
  placements.slice(0, foot).forEach(place);
  // The logos' height with the space between them: they end at the foot of the body when they fit under the text.
  const logos = placements.slice(foot);
  const height = logos.reduce((sum, p, i) => sum + p.startHeight + (i > 0 ? Math.max(p.gapBefore, logos[i - 1]!.gapAfter) : 0), 0);
  if (logos.length && flow.bottom - height >= flow.y + logos[0]!.gapBefore) {
    flow.skipTo(flow.bottom - height);
    logos.forEach((p, i) => (i === 0 ? p.place() : place(p)));
  } else logos.forEach(place);
}
