import type { DocumentModel, Logo, ReportFrame } from '../../document/types.js';
import { renderHtmlTemplate } from './htmlTemplate.js';
import { renderSections } from './renderHtmlBlocks.js';

/**
 * The whole document as one self-contained HTML page (logos inlined as data
 * URLs); a report (coverage, diff) in its interactive page, with its summary
 * and the filters on its rows' tags.
 */
export async function renderHtmlDocument(doc: DocumentModel): Promise<string> {
  const content = renderSections(doc.sections);
  if (doc.report) return renderHtmlTemplate(templateOf(doc.report), { lang: doc.meta.language, title: doc.meta.title, ...frameData(doc.report), content });
  return renderHtmlTemplate('document', {
    lang: doc.meta.language,
    title: doc.meta.title,
    watermark: doc.watermark ?? '',
    logos: doc.header.logos.map(logoData),
    content,
  });
}

/** The page template of each kind of report. */
function templateOf(report: ReportFrame): string {
  return report.kind === 'diff' ? 'diff' : 'coverage';
}

function frameData(report: ReportFrame): Record<string, unknown> {
  const filter = report.filter;
  return {
    kind: report.kind,
    subtitle: report.subtitle,
    summary: report.kind === 'diff' ? report.summary.join(' ') : report.summary,
    meter: report.meter ?? false,
    filterLabel: filter?.label ?? '',
    filters: (filter?.choices ?? []).map((c) => ({ status: c.tag, label: c.label, count: c.count, checked: c.checked })),
  };
}

export function logoData(logo: Logo): { src: string; alt: string } {
  const mime = logo.format === 'svg' ? 'image/svg+xml' : 'image/png';
  return { src: `data:${mime};base64,${Buffer.from(logo.data).toString('base64')}`, alt: logo.name };
}
