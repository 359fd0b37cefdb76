/**
 * The band of party logos at the top of every page, with a thin rule under
 * it. Drawn once into a form XObject and placed on each page: the SVGs are
 * parsed once per document and the file carries them once.
 */
import type { DocumentModel } from '../../document/types.js';
import { typography } from '../../document/typography.js';
import { drawSvg } from './drawSvg.js';
import type { FontSet } from './FontSet.js';
import { pageInternals, type Pdf, type Ref } from './pdfkitInternals.js';

const FORM_NAME = 'FxHeader';
/** Space between neighbouring logos, as a share of a logo's slot. */
const SLOT_GAP = 0.12;

export class HeaderBand {
  private form: Ref | undefined;

  constructor(
    private readonly doc: Pdf,
    private readonly fonts: FontSet,
    private readonly model: DocumentModel,
  ) {}

  /** Place the band on the current page, as an artifact. */
  draw(): void {
    const { doc } = this;
    this.form ??= this.build();
    pageInternals(doc).xobjects[FORM_NAME] = this.form;
    doc.markContent('Artifact', { type: 'Pagination' });
    doc.addContent(`q /${FORM_NAME} Do Q`);
    doc.endMarkedContent();
  }

  /** Draw the band's content into a form XObject, by pointing pdfkit's page at the form while drawing. */
  private build(): Ref {
    const { doc, model } = this;
    const page = doc.page;
    const { width } = model.page;
    const bandBottom = model.page.headerTop + model.page.headerHeight;
    const ruleY = Math.min(bandBottom + 6, model.page.margins.top - 6);
    const resources = doc.ref({ ProcSet: ['PDF', 'Text', 'ImageB', 'ImageC', 'ImageI'] }) as Ref;
    // The page's content has flipped y (pdfkit's top-down coordinates), so the form's box is in those coordinates too.
    const form = doc.ref({ Type: 'XObject', Subtype: 'Form', BBox: [0, 0, width, ruleY + 1], Resources: resources }) as Ref;
    doc.page = Object.create(page, { content: { value: form }, resources: { value: resources } }) as typeof page;
    try {
      if (model.header.logos.length) {
        this.drawLogos();
        const { left, right } = model.page.margins;
        doc.save().lineWidth(0.5).strokeColor(`#${typography.colors.rule}`).moveTo(left, ruleY).lineTo(width - right, ruleY).stroke().restore();
      }
      // An empty form still needs a content stream.
      doc.addContent('');
    } finally {
      doc.page = page;
    }
    form.end();
    resources.end();
    return form;
  }

  private drawLogos(): void {
    const { logos } = this.model.header;
    const { margins, width, headerTop, headerHeight } = this.model.page;
    const bandWidth = width - margins.left - margins.right;
    const slot = bandWidth / logos.length;
    logos.forEach((logo, i) => {
      const scale = Math.min((slot * (1 - SLOT_GAP)) / logo.width, headerHeight / logo.height);
      const w = logo.width * scale;
      const h = logo.height * scale;
      const x = margins.left + slot * i + (slot - w) / 2;
      const y = headerTop + (headerHeight - h) / 2;
      if (logo.format === 'png') this.doc.image(logo.data, x, y, { width: w, height: h });
      else drawSvg(this.doc, this.fonts, logo.data.toString('utf8'), { x, y, width: logo.width, height: logo.height, scale });
    });
  }
}
