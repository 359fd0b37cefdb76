/** Page geometry shared by all renderers. Sizes in PDF points; the source gives millimetres. */
import { defaultMargins, type PageSettings } from '../model/schema.js';
import type { PageLayout } from './types.js';

const mm = (v: number) => (v * 72) / 25.4;
/** A4 in points, as PDF writers round it. */
const A4 = { short: 595.28, long: 841.89 };

export function pageLayout(settings: PageSettings | undefined): PageLayout {
  const orientation = settings?.orientation ?? 'landscape';
  const landscape = orientation === 'landscape';
  const width = landscape ? A4.long : A4.short;
  const height = landscape ? A4.short : A4.long;
  const m = settings?.margins ?? {};
  const margins = {
    top: mm(m.top ?? defaultMargins.top),
    right: mm(m.right ?? defaultMargins.right),
    bottom: mm(m.bottom ?? defaultMargins.bottom),
    left: mm(m.left ?? defaultMargins.left),
  };
  const bodyWidth = width - margins.left - margins.right;
  return {
    size: 'A4',
    orientation,
    width,
    height,
    margins,
    headerTop: mm(8),
    headerHeight: Math.max(mm(10), margins.top - mm(8) - mm(8)),
    footerBottom: mm(9),
    // About 95 characters a line in the body size: comfortable prose on a wide page.
    proseWidth: Math.min(bodyWidth, mm(185)),
  };
}
