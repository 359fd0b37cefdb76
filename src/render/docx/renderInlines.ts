/** Rich text runs -> Word runs: marks, links (to the web, or `#anchor` to a bookmark), line breaks and tracked changes. */
import { DeletedTextRun, ExternalHyperlink, InsertedTextRun, InternalHyperlink, TextRun, type IRunOptions, type ParagraphChild } from 'docx';
import type { Inline, InlineHandlers } from '../../document/types.js';
import type { DocxContext } from './docxContext.js';
import { styleIds } from './docxStyles.js';

const inlineHandlers: InlineHandlers<ParagraphChild, DocxContext> = {
  text: (run, ctx) => {
    const options: IRunOptions = {
      text: run.text,
      ...(run.marks.includes('bold') ? { bold: true } : {}),
      ...(run.marks.includes('italic') ? { italics: true } : {}),
      ...(run.marks.includes('underline') ? { underline: {} } : {}),
      ...(run.href ? { style: styleIds.hyperlink } : {}),
    };
    const change = run.change ?? ctx.change;
    const tracked = change ? { ...options, ...ctx.revision, id: ctx.nextChangeId() } : undefined;
    const word =
      change === 'insert' ? new InsertedTextRun(tracked!) : change === 'delete' ? new DeletedTextRun(tracked!) : new TextRun(options);
    if (!run.href) return word;
    if (run.href.startsWith('#')) return new InternalHyperlink({ anchor: ctx.bookmarkName(run.href.slice(1)), children: [word] });
    return new ExternalHyperlink({ link: run.href, children: [word] });
  },
  break: (inline, ctx) => {
    const options = { break: 1 };
    const change = inline.change ?? ctx.change;
    if (change === 'insert') return new InsertedTextRun({ ...options, ...ctx.revision, id: ctx.nextChangeId() });
    if (change === 'delete') return new DeletedTextRun({ ...options, ...ctx.revision, id: ctx.nextChangeId() });
    return new TextRun(options);
  },
};

export function renderInlines(inlines: readonly Inline[], ctx: DocxContext): ParagraphChild[] {
  return inlines.map((inline) => (inlineHandlers[inline.type] as (i: Inline, c: DocxContext) => ParagraphChild)(inline, ctx));
}
