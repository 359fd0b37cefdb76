/**
 * Document information, XMP metadata and the file identifier: all from the
 * model, never the clock, so the same model gives the same bytes.
 */
import { createHash } from 'node:crypto';
import type { DocumentMeta } from '../../document/types.js';
import { escapeXml } from '../escapeXml.js';
import { CREATOR, documentStatus, PRODUCER, STATUS_KEY } from './jaarschijfMark.js';
import { internals, type Pdf } from './pdfkitInternals.js';


/** The model's date (YYYY-MM-DD) as the document's creation and modification time. */
export function documentDate(meta: DocumentMeta): Date {
  const date = new Date(`${meta.date}T00:00:00Z`);
  if (Number.isNaN(date.getTime())) throw new Error(`invalid document date "${meta.date}" (expected YYYY-MM-DD)`);
  return date;
}

/** The Info dictionary (pdfkit's `info` option). */
export function documentInfo(meta: DocumentMeta): PDFKit.DocumentInfo & Record<string, unknown> {
  const date = documentDate(meta);
  return {
    Title: meta.title,
    Subject: meta.subject,
    Author: meta.author,
    Keywords: meta.keywords.join(', '),
    Creator: CREATOR,
    Producer: PRODUCER,
    CreationDate: date,
    ModDate: date,
    [STATUS_KEY]: meta.draft ? documentStatus.draft : documentStatus.final,
  };
}

/**
 * Replace pdfkit's XMP of the Info fields: it does not escape XML, omits the
 * modification date (PDF/A wants Info and XMP to agree) and the language.
 */
export function installXmp(doc: Pdf, meta: DocumentMeta): void {
  const d = internals(doc);
  const iso = documentDate(meta).toISOString().replace(/\.\d{3}Z$/, 'Z');
  const x = escapeXml;
  d._addInfo = () => {
    d.appendXML(`
        <rdf:Description rdf:about="" xmlns:xmp="http://ns.adobe.com/xap/1.0/">
            <xmp:CreateDate>${iso}</xmp:CreateDate>
            <xmp:ModifyDate>${iso}</xmp:ModifyDate>
            <xmp:MetadataDate>${iso}</xmp:MetadataDate>
            <xmp:CreatorTool>${x(CREATOR)}</xmp:CreatorTool>
        </rdf:Description>
        <rdf:Description rdf:about="" xmlns:dc="http://purl.org/dc/elements/1.1/">
            <dc:format>application/pdf</dc:format>
            <dc:title><rdf:Alt><rdf:li xml:lang="x-default">${x(meta.title)}</rdf:li></rdf:Alt></dc:title>
            <dc:creator><rdf:Seq><rdf:li>${x(meta.author)}</rdf:li></rdf:Seq></dc:creator>
            <dc:description><rdf:Alt><rdf:li xml:lang="x-default">${x(meta.subject)}</rdf:li></rdf:Alt></dc:description>
            <dc:subject><rdf:Bag>${meta.keywords.map((k) => `<rdf:li>${x(k)}</rdf:li>`).join('')}</rdf:Bag></dc:subject>
            <dc:language><rdf:Bag><rdf:li>${x(meta.language)}</rdf:li></rdf:Bag></dc:language>
        </rdf:Description>
        <rdf:Description rdf:about="" xmlns:pdf="http://ns.adobe.com/pdf/1.3/">
            <pdf:Producer>${x(PRODUCER)}</pdf:Producer>
            <pdf:Keywords>${x(meta.keywords.join(', '))}</pdf:Keywords>
        </rdf:Description>
        `);
  };
}

/**
 * pdfkit makes the trailer /ID from the Info fields alone; make it a digest of
 * everything written before the trailer, so a changed document gets a new ID
 * and the same document the same one.
 */
export function installContentId(doc: Pdf, output: { written(): Uint8Array }): void {
  const d = internals(doc);
  const finalize = d._finalize.bind(doc);
  d._finalize = () => {
    d._id = createHash('md5').update(output.written()).digest();
    finalize();
  };
}
