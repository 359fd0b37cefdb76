/**
 * The table of contents as Word writes its own: a content control of Word's
 * Table of Contents gallery (so Word offers "Update Table") holding the title
 * (TOC Heading: looks like Heading 1, is not itself listed) and a TOC field,
 * `TOC \o "1-3" \h \z \u`, as a complex field over the entries.
 *
 * The field's cached result lists the headings the contents list
 * (contentsEntries), each a link to its heading's bookmark, with a tab to a
 * PAGEREF field. The page numbers are not known here (Word sets the pages),
 * so the PAGEREF results are left empty and the tab has no dotted leader: an
 * application that shows the cached result (LibreOffice, a preview) shows a
 * plain list of linked headings, not dots that lead to no number.
 * settings.xml asks Word to update the fields when it opens the file
 * (w:updateFields, renderDocx): Word then rebuilds the table with its dotted
 * leaders and the page numbers; "update page numbers only" fills in the
 * numbers at the right margin.
 */
import { Paragraph, TextRun, type IParagraphOptions } from 'docx';
import { contentsEntries } from '../../document/contentsEntries.js';
import type { Contents, Heading } from '../../document/types.js';
import { pendingAnchors, withBookmarks } from './bookmarks.js';
import type { DocxContext } from './docxContext.js';
import { styleIds, tocStyleId } from './docxStyles.js';
import { el, LiteralBlock, type Xml } from './ooxml.js';
import { breakBefore } from './renderBlocks.js';

/** Shown by an application that neither updates the field nor has headings to list. */
const updateHint = 'Werk de inhoudsopgave bij (F9)';

/** `spacing`: the title's space before, where the flow's gap differs from its style's. */
export function renderContents(contents: Contents, ctx: DocxContext, spacing: Pick<IParagraphOptions, 'spacing'> = {}): LiteralBlock {
  const title = new Paragraph({
    style: styleIds.tocHeading,
    children: withBookmarks(pendingAnchors(ctx), [new TextRun(contents.title)], ctx),
    ...spacing,
    ...breakBefore(ctx),
  });
  const begin = [fieldChar('begin'), instruction(` TOC \\o "1-${contents.depth}" \\h \\z \\u `), fieldChar('separate')];
  const entries = contentsEntries(ctx.sections, contents.depth);
  const paragraphs = entries.length
    ? entries.map((heading, i) => entry(heading, ctx, i === 0 ? begin : [], i === entries.length - 1 ? [fieldChar('end')] : []))
    : [el('w:p', undefined, [el('w:pPr', undefined, [el('w:pStyle', { 'w:val': styleIds.bodyText })]), ...begin, textRun(updateHint), fieldChar('end')])];
  const control = el('w:sdtPr', undefined, [
    el('w:docPartObj', undefined, [el('w:docPartGallery', { 'w:val': 'Table of Contents' }), el('w:docPartUnique')]),
  ]);
  return new LiteralBlock((resolve) => el('w:sdt', undefined, [control, el('w:sdtContent', undefined, [...resolve([title]), ...paragraphs])]), ctx.spliced, 'w:sdt');
}

/** One entry: its level's style, the heading's text linked to its bookmark, a tab, the page number's field. */
function entry(heading: Heading, ctx: DocxContext, before: readonly Xml[], after: readonly Xml[]): Xml {
  const bookmark = ctx.bookmarkName(heading.anchor);
  // Hidden in Web Layout, as the TOC field's \z asks.
  const web = [el('w:webHidden')];
  return el('w:p', undefined, [
    el('w:pPr', undefined, [
      el('w:pStyle', { 'w:val': tocStyleId(heading.level) }),
      el('w:tabs', undefined, [el('w:tab', { 'w:val': 'right', 'w:leader': 'none', 'w:pos': ctx.proseWidth })]),
    ]),
    ...before,
    el('w:hyperlink', { 'w:anchor': bookmark, 'w:history': 1 }, [
      textRun(heading.text),
      el('w:r', undefined, [el('w:rPr', undefined, web), el('w:tab')]),
      fieldChar('begin', web),
      instruction(` PAGEREF ${bookmark} \\h `, web),
      fieldChar('separate', web),
      fieldChar('end', web),
    ]),
    ...after,
  ]);
}

function fieldChar(type: 'begin' | 'separate' | 'end', format: readonly Xml[] = []): Xml {
  return el('w:r', undefined, [...(format.length ? [el('w:rPr', undefined, format)] : []), el('w:fldChar', { 'w:fldCharType': type })]);
}

function instruction(text: string, format: readonly Xml[] = []): Xml {
  return el('w:r', undefined, [...(format.length ? [el('w:rPr', undefined, format)] : []), el('w:instrText', { 'xml:space': 'preserve' }, [text])]);
}

function textRun(text: string): Xml {
  return el('w:r', undefined, [el('w:t', { 'xml:space': 'preserve' }, [text])]);
}
