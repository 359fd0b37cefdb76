/**
 * The document model -> a Word document (.docx) that the parties edit: real
 * styles and bullet lists, tables with repeating header rows and merged
 * cells, logos in the header or in rows on the first page, a table of
 * contents Word updates, a cover page without header and footer, embedded
 * Source Sans 3, tracked changes for a redline, and the same bytes for the
 * same model.
 */
import { Document, PageOrientation, type ISectionPropertiesOptions } from 'docx';
import { pagedReport } from '../../document/pagedReport.js';
import type { DocumentMeta, DocumentModel, Section } from '../../document/types.js';
import { bookmarkNames, linkedAnchors } from './bookmarks.js';
import { typography } from '../../document/typography.js';
import type { DocxContext } from './docxContext.js';
import { compilePackage } from './docxInternals.js';
import { docxNumbering, docxStyles, tableStylesXml } from './docxStyles.js';
import { placeholderFonts, prepareEmbeddedFaces } from './embeddedFonts.js';
import { finishPackage } from './finishPackage.js';
import { emptyFooter, pageFooter, pageHeader, plainHeader } from './pageHeaderFooter.js';
import { renderBlocks } from './renderBlocks.js';
import { prepareFigureFallbacks } from './renderFigure.js';
import { twips } from './units.js';

/** Work that is the same for every document (the embedded fonts), done ahead when there is time. */
export const prepareDocx = prepareEmbeddedFaces;

export async function renderDocx(input: DocumentModel): Promise<Uint8Array> {
  const doc = pagedReport(input);
  const { page, meta } = doc;
  let changeId = 0;
  let listInstance = 0;
  const bodyWidth = twips(page.width - page.margins.left - page.margins.right);
  const ctx: DocxContext = {
    inCell: false,
    bodyWidth,
    proseWidth: Math.min(bodyWidth, twips(page.proseWidth)),
    revision: revisionOf(meta),
    nextChangeId: () => ++changeId,
    bookmarks: new Set(),
    bookmarkName: bookmarkNames(),
    linked: linkedAnchors(doc.sections),
    sections: doc.sections,
    nextListInstance: () => ++listInstance,
    spliced: [],
  };

  await prepareFigureFallbacks(doc.sections, bodyWidth);

  const landscape = page.orientation === 'landscape';
  const properties: ISectionPropertiesOptions = {
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
  };
  // Every page has the same header and footer, except a cover's: it is a Word section of its own, without them
  // (its page still counts: the pages after it number on). Other model sections that start a page break before.
  const header = pageHeader(doc);
  const footer = pageFooter(doc.footer);
  const sections = wordSections(doc.sections).map((run) => {
    const children = run.sections.flatMap((section, i) => {
      const next = run.sections[i + 1];
      return renderBlocks(
        section.blocks,
        {
          ...ctx,
          // The first of a Word section starts a page already.
          pageBreakBefore: i > 0 && section.startOnNewPage,
          anchorBefore: ctx.linked.has(section.id) ? section.id : undefined,
        },
        // The spaces to the neighbouring sections' blocks, where the text runs on (within a Word section).
        { ...(i > 0 ? { previous: run.sections[i - 1]!.blocks.at(-1) } : {}), ...(next && !next.startOnNewPage ? { next: next.blocks[0] } : {}) },
      );
    });
    return run.cover
      ? { properties, headers: { default: plainHeader(doc) }, footers: { default: emptyFooter() }, children }
      : { properties, headers: { default: header }, footers: { default: footer }, children };
  });
  // Word fills in a table of contents' page numbers when it opens the file.
  const hasContents = doc.sections.some((s) => s.blocks.some((b) => b.type === 'contents'));

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
    ...(hasContents ? { features: { updateFields: true } } : {}),
    sections,
  });
  return finishPackage(compilePackage(document), { meta, spliced: ctx.spliced });
}

/** Consecutive model sections that share a Word section: a cover is one of its own. */
function wordSections(sections: readonly Section[]): { cover: boolean; sections: Section[] }[] {
  const runs: { cover: boolean; sections: Section[] }[] = [];
  for (const section of sections) {
    const cover = section.cover === true;
    const last = runs.at(-1);
    if (last && last.cover === cover && !cover) last.sections.push(section);
    else runs.push({ cover, sections: [section] });
  }
  return runs;
}

/** Tracked changes carry the redline's author and date; w:date wants a date and time. */
function revisionOf(meta: DocumentMeta): { author: string; date: string } {
  const { author, date } = meta.revision ?? { author: 'jaarschijf', date: meta.date };
  return { author, date: /^\d{4}-\d{2}-\d{2}$/.test(date) ? `${date}T00:00:00Z` : date };
}
