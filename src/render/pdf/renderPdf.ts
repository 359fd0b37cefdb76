/**
 * Document model -> PDF: tagged, PDF/A-2a, set in embedded Source Sans 3, with
 * the logo band (unless the logos stand on the first page), footer and (for
 * drafts) watermark on every page but a cover's, bookmarks per chapter and
 * heading, a table of contents with the real page numbers and empty signature
 * fields. The same model gives the same bytes.
 */
import PDFDocument from 'pdfkit';
import { pagedReport } from '../../document/pagedReport.js';
import type { Block, DocumentModel } from '../../document/types.js';
import { ByteSink } from './ByteSink.js';
import { Flow } from './Flow.js';
import { FontSet, fontSource } from './FontSet.js';
import { HeaderBand } from './headerBand.js';
import { drawFooters, drawWatermark } from './pageFurniture.js';
import type { PdfContext } from './PdfContext.js';
import { captureOutput, pageContent, type Pdf } from './pdfkitInternals.js';
import { documentInfo, installContentId, installXmp } from './pdfMetadata.js';
import { renderSection } from './renderBlocks.js';

export async function renderPdf(input: DocumentModel): Promise<Uint8Array> {
  const model = pagedReport(input);
  const doc: Pdf = new PDFDocument({
    autoFirstPage: false,
    // Pages stay open until the end, for the "page n of N" footers.
    bufferPages: true,
    pdfVersion: '1.7',
    subset: 'PDF/A-2a',
    tagged: true,
    lang: model.meta.language,
    displayTitle: true,
    info: documentInfo(model.meta),
    // Our own face as the default, so pdfkit never loads (or embeds) Helvetica.
    font: fontSource('regular') as string,
  });
  const sink = new ByteSink();
  const done = captureOutput(doc, sink);
  installXmp(doc, model.meta);
  installContentId(doc, sink);

  let finishPage = () => {};
  doc.on('pageAdded', () => {
    finishPage();
    finishPage = pageContent(doc);
  });
  const fonts = new FontSet(doc);
  const header = new HeaderBand(doc, fonts, model);
  // Many parties: their logos stand in rows on the first page (a Logos block), not in a band on every page.
  const band = model.header.placement !== 'first-page';
  const flow = new Flow(doc, model, () => {
    if (ctx.inCover) ctx.coverPages.add(flow.pages - 1);
    if (model.watermark) drawWatermark(doc, fonts, model, model.watermark);
    if (band && !ctx.inCover) header.draw();
  });
  const root = doc.struct('Document');
  doc.addStructure(root);
  const ctx: PdfContext = {
    doc,
    fonts,
    model,
    flow,
    section: root,
    destinations: new Set(),
    anchors: anchorsOf(model),
    headings: new Map(),
    coverPages: new Set(),
    inCover: false,
    finish: [],
  };
  for (const section of model.sections) renderSection(ctx, section, root);
  if (flow.pages === 0) flow.newPage();
  for (const f of ctx.finish) f();
  drawFooters(doc, fonts, model, ctx.coverPages);
  root.end();
  doc.end();
  await done;
  return sink.result();
}

/** The names a link can point to: sections, headings and tables. */
function anchorsOf(model: DocumentModel): Set<string> {
  const anchors = new Set<string>();
  const add = (b: Block) => {
    if (b.type === 'heading' || b.type === 'table') anchors.add(b.anchor);
  };
  for (const section of model.sections) {
    anchors.add(section.id);
    section.blocks.forEach(add);
  }
  return anchors;
}
