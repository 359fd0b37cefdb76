/**
 * The document model -> a Word document (.docx) that the parties edit: real
 * styles and bullet lists, tables with repeating header rows and merged
 * cells, logos in the header, embedded Source Sans 3, tracked changes for a
 * redline, and the same bytes for the same model.
 */
import { Document, PageOrientation } from 'docx';
import type { DocumentMeta, DocumentModel } from '../../document/types.js';
import { typography } from '../../document/typography.js';
import type { DocxContext } from './docxContext.js';
import { compilePackage } from './docxInternals.js';
import { docxNumbering, docxStyles, tableStylesXml } from './docxStyles.js';
import { placeholderFonts, prepareEmbeddedFaces } from './embeddedFonts.js';
import { finishPackage } from './finishPackage.js';
import { pageFooter, pageHeader } from './pageHeaderFooter.js';
import { renderBlocks } from './renderBlocks.js';
import { twips } from './units.js';

/** Work that is the same for every document (the embedded fonts), done ahead when there is time. */
export const prepareDocx = prepareEmbeddedFaces;

export async function renderDocx(doc: DocumentModel): Promise<Uint8Array> {
  const { page, meta } = doc;
  let changeId = 0;
  const ctx: DocxContext = {
    inCell: false,
    bodyWidth: twips(page.width - page.margins.left - page.margins.right),
    proseWidth: page.proseWidth,
    revision: revisionOf(meta),
    nextChangeId: () => ++changeId,
    bookmarks: new Set(),
    spliced: [],
  };
  // One Word section: every page has the same header and footer; model sections that start a page break before.
  const children = doc.sections.flatMap((section, i) => {
    const next = doc.sections[i + 1];
    return renderBlocks(
      section.blocks,
      { ...ctx, pageBreakBefore: i > 0 && section.startOnNewPage },
      // The spaces to the neighbouring sections' blocks, where the text runs on.
      { ...(i > 0 ? { previous: doc.sections[i - 1]!.blocks.at(-1) } : {}), ...(next && !next.startOnNewPage ? { next: next.blocks[0] } : {}) },
    );
  });

  const landscape = page.orientation === 'landscape';
  const document = new Document({
    title: meta.title,
    subject: meta.subject,
    creator: meta.author,
    keywords: meta.keywords.join(', '),
    lastModifiedBy: ctx.revision.author,
    revision: 1,
    styles: docxStyles(doc),
    externalStyles: tableStylesXml(),
    numbering: docxNumbering(),
    fonts: placeholderFonts(),
    // Dutch hyphenation, as in the PDF; the zone is the PDF's smallest gap worth hyphenating for, in table text (where it hyphenates).
    hyphenation: { autoHyphenation: true, hyphenationZone: twips(typography.hyphenation.minGapEms * typography.table.size) },
    theme: { fonts: { headings: typography.fontFamily, body: typography.fontFamily } },
    sections: [
      {
        properties: {
          page: {
            // docx takes the portrait size and turns it for landscape.
            size: {
              width: twips(Math.min(page.width, page.height)),
              height: twips(Math.max(page.width, page.height)),
              orientation: landscape ? PageOrientation.LANDSCAPE : PageOrientation.PORTRAIT,
            },
            margin: {
              top: twips(page.margins.top),
              right: twips(page.margins.right),
              bottom: twips(page.margins.bottom),
              left: twips(page.margins.left),
              header: twips(page.headerTop),
              footer: twips(page.footerBottom),
            },
          },
        },
        headers: { default: pageHeader(doc) },
        footers: { default: pageFooter(doc.footer) },
        children,
      },
    ],
  });
  return finishPackage(compilePackage(document), { meta, spliced: ctx.spliced });
}

/** Tracked changes carry the redline's author and date; w:date wants a date and time. */
function revisionOf(meta: DocumentMeta): { author: string; date: string } {
  const { author, date } = meta.revision ?? { author: 'jaarschijf', date: meta.date };
  return { author, date: /^\d{4}-\d{2}-\d{2}$/.test(date) ? `${date}T00:00:00Z` : date };
}
