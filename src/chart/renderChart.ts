/**
 * A Vega-Lite chart -> SVG, in Node, without a browser or a canvas: Vega-Lite
 * compiles the spec to Vega, Vega lays it out and writes SVG (its "none"
 * renderer with toSVG). Text is measured in Source Sans 3 (chartText.ts), so
 * the Word, PDF and HTML writers draw the labels where Vega placed them.
 *
 * The same spec gives the same SVG: Vega numbers its clip paths and
 * gradients on counters shared by the process; those ids are renumbered
 * under the chart's own prefix, which also keeps them unique when several
 * charts stand inline in one HTML page.
 */
import type { LocaleFormatters } from 'vega';
import type { TopLevelSpec } from 'vega-lite';
import { chartFace, textWidth } from './chartText.js';

export interface ChartSvg {
  svg: string;
  /** The SVG's size in its own units, which the writers take as points. */
  width: number;
  height: number;
}

type Vega = typeof import('vega');
/** What Vega's text measurer is given of a text mark. */
interface TextItem {
  fontSize?: number;
  fontWeight?: string | number;
}
type VegaLite = typeof import('vega-lite');

let libraries: Promise<{ vega: Vega; vegaLite: VegaLite }> | undefined;

/** Load Vega and Vega-Lite (a few hundred milliseconds): call early to do it while other work waits. */
export function loadChartLibraries(): Promise<{ vega: Vega; vegaLite: VegaLite }> {
  libraries ??= Promise.all([import('vega'), import('vega-lite')]).then(([vega, vegaLite]) => {
    // Vega's hook for a text measurer of one's own (as vl-convert uses it); its typings leave it out.
    const metrics = (vega as unknown as { textMetrics: { width: (item: TextItem, text?: unknown) => number } }).textMetrics;
    metrics.width = (item, text) => {
      const value = text == null ? '' : String(text).trim();
      const size = item.fontSize ?? 11;
      return value && size > 0 ? textWidth(value, size, chartFace(item.fontWeight)) : 0;
    };
    return { vega, vegaLite };
  });
  return libraries;
}

export async function renderChart(spec: TopLevelSpec, idPrefix: string): Promise<ChartSvg> {
  const { vega, vegaLite } = await loadChartLibraries();
  // Vega-Lite's warnings would go to the terminal; a chart it cannot draw fails in Vega below.
  const compiled = vegaLite.compile(spec, { logger: vega.logger(vega.None) }).spec;
  // The locale set on the view (Vega 5 reads it there, not from the constructor's options).
  const view = new vega.View(vega.parse(compiled), { renderer: 'none' }).locale(dutch(vega));
  try {
    const raw = await view.toSVG();
    const svg = renumberIds(slim(raw), idPrefix);
    const size = /<svg\b[^>]*?\swidth="([\d.]+)"[^>]*?\sheight="([\d.]+)"/.exec(svg);
    if (!size) throw new Error('Vega wrote an SVG without a size');
    return { svg, width: Number(size[1]), height: Number(size[2]) };
  } finally {
    view.finalize();
  }
}

/** Numbers as Dutch readers write them: 1.300 and 62,5. */
let dutchLocale: unknown;
function dutch(vega: Vega): LocaleFormatters {
  // vega.locale(number, time) is in Vega's runtime, not its typings.
  dutchLocale ??= (vega as unknown as { locale(number: object, time?: object): unknown }).locale({ decimal: ',', thousands: '.', grouping: [3], currency: ['€ ', ''] });
  return dutchLocale as LocaleFormatters;
}

/**
 * Vega's SVG without what only an interactive page uses: classes, ARIA roles
 * of the marks (the writers give the whole chart one name and description),
 * pointer events, empty paths; numbers to hundredths of a point; the text's
 * font named once, on the root. The PDF writer parses every character of
 * it, so a lean SVG draws markedly faster, and looks the same.
 */
function slim(svg: string): string {
  let out = svg
    .replace(/\s(?:class|role|aria-[a-z-]+|pointer-events)="[^"]*"/g, '')
    .replace(/<path d="(?:M0,0h0v0h0Z)?"(?: display="none")?\/>/g, '')
    .replace(/<[^>]+>/g, (tag) => tag.replace(/(\d\.\d{2})\d+/g, '$1'));
  const fonts = [...new Set([...out.matchAll(/\sfont-family="([^"]*)"/g)].map((m) => m[1]!))];
  if (fonts.length === 1) out = out.replaceAll(` font-family="${fonts[0]}"`, '').replace(/^<svg\b/, `<svg font-family="${fonts[0]}"`);
  return out;
}

/** Every id of the SVG (and each reference to it) as `<prefix>-1`, `<prefix>-2`, ... in order of appearance. */
function renumberIds(svg: string, prefix: string): string {
  const ids = new Map<string, string>();
  for (const match of svg.matchAll(/\sid="([^"]+)"/g)) if (!ids.has(match[1]!)) ids.set(match[1]!, `${prefix}-${ids.size + 1}`);
  if (!ids.size) return svg;
  return svg
    .replace(/(\sid=")([^"]+)"/g, (_m, head: string, id: string) => `${head}${ids.get(id)}"`)
    .replace(/url\(#([^)]+)\)/g, (whole, id: string) => (ids.has(id) ? `url(#${ids.get(id)})` : whole))
    .replace(/(href=")#([^"]+)"/g, (whole, head: string, id: string) => (ids.has(id) ? `${head}#${ids.get(id)}"` : whole));
}
