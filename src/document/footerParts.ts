import type { FooterPart } from './types.js';
import type { Wording } from './wording.js';

/** The footer template ("Pagina {{page}} van {{pages}}") split around its page-number fields: every paged document's footer. */
export function footerParts(w: Wording): FooterPart[] {
  const marker = '\u0000';
  const text = w.text('footer', { page: `${marker}page${marker}`, pages: `${marker}pages${marker}` });
  return text
    .split(marker)
    .map((part, i): FooterPart | undefined => {
      if (i % 2 === 1) return part === 'page' ? { type: 'page' } : { type: 'pages' };
      return part ? { type: 'text', text: part } : undefined;
    })
    .filter((p): p is FooterPart => p !== undefined);
}

