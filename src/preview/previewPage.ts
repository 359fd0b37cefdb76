import { renderHtmlTemplate } from '../render/html/htmlTemplate.js';

/** The preview page (templates/preview.html.hbs); its script does the rest. */
export function previewPage(source: string): string {
  return renderHtmlTemplate('preview', { source });
}
