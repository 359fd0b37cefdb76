/**
 * Draws laid-out lines. Tagged: each run of fragments of one structure node
 * is one marked-content sequence of that node; a link fragment gets its own
 * Link element with the annotation; a hyphen added by hyphenation is an
 * artifact, so the tagged text reads the whole word. Untagged (root
 * undefined): the caller has opened an artifact (repeated header, continued text).
 * A link to a place in the document (#anchor) goes to that anchor's named
 * destination, when `anchors` has it; otherwise it is drawn as plain text.
 */
import type { FontSet } from './FontSet.js';
import type { Fragment, Line } from './Line.js';
import { artifact } from './PdfContext.js';
import { drawText, type Pdf, type StructElement } from './pdfkitInternals.js';
import type { TagNode } from './TagNode.js';

export function drawLines(
  doc: Pdf,
  fonts: FontSet,
  lines: readonly Line[],
  from: number,
  to: number,
  left: number,
  top: number,
  root?: StructElement,
  anchors?: ReadonlySet<string>,
): void {
  let y = top;
  let open: TagNode | undefined;
  const close = () => {
    if (open) doc.endMarkedContent();
    open = undefined;
  };
  for (let i = from; i < to; i++) {
    const line = lines[i]!;
    if (i > from) y += line.spaceBefore;
    const baseline = y + line.baseline;
    for (const fragment of line.fragments) {
      if (root && fragment.softHyphen) {
        close();
        artifact(doc, 'Layout', () => drawFragment(doc, fonts, fragment, left, baseline));
        continue;
      }
      if (root && fragment.style.href && (!fragment.style.href.startsWith('#') || anchors?.has(fragment.style.href.slice(1)))) {
        close();
        drawLink(doc, fonts, fragment, left, y, line.height, baseline, root);
        continue;
      }
      if (root && open !== fragment.tag) {
        close();
        fragment.tag.resolve(doc, root).add(doc.markStructureContent(fragment.tag.type));
        open = fragment.tag;
      }
      drawFragment(doc, fonts, fragment, left, baseline);
    }
    y += line.height;
  }
  close();
}

function drawLink(doc: Pdf, fonts: FontSet, fragment: Fragment, left: number, top: number, height: number, baseline: number, root: StructElement): void {
  const link = doc.struct('Link');
  fragment.tag.resolve(doc, root).add(link);
  link.add(doc.markStructureContent('Link'));
  drawFragment(doc, fonts, fragment, left, baseline);
  // Contents: the annotation's description for assistive technology.
  const options = { structParent: link, Contents: new String(fragment.text.trim()) } as object;
  const href = fragment.style.href!;
  // A place in the document: its named destination (a string Dest), no action.
  if (href.startsWith('#')) doc.annotate(left + fragment.x, top, fragment.width, height, { ...options, Subtype: 'Link', Dest: href.slice(1) } as PDFKit.Mixins.AnnotationOption);
  else doc.link(left + fragment.x, top, fragment.width, height, href, options);
  doc.endMarkedContent();
  link.end();
}

function drawFragment(doc: Pdf, fonts: FontSet, fragment: Fragment, left: number, baseline: number): void {
  const { style } = fragment;
  const x = left + fragment.x;
  fonts.use(style.face, style.size);
  doc.fillColor(`#${style.color}`);
  drawText(doc, fragment.text, x, baseline, fragment.width);
  if (style.underline) rule(doc, x, baseline + style.size * 0.12, fragment.width, style.underline, style.size * 0.06);
  if (style.strike) rule(doc, x, baseline - fonts.xHeight(style.face, style.size) * 0.55, fragment.width, style.strike, style.size * 0.06);
}

function rule(doc: Pdf, x: number, y: number, width: number, color: string, thickness: number): void {
  doc.save().lineWidth(thickness).strokeColor(`#${color}`).moveTo(x, y).lineTo(x + width, y).stroke().restore();
}
