/**
 * Word shows SVG, but older Word and other readers need a PNG next to it.
 * resvg renders it with the Source Sans 3 files only (no system fonts), so
 * logo and chart text looks the same on every machine, larger than printed
 * for sharpness.
 */
import { createHash } from 'node:crypto';
import type { Logo } from '../../document/types.js';
import { fontFile } from '../../fonts/sourceSans.js';
import { resvgClass } from '../../native/resvg.js';

// Semibold too: the charts' labels are set in it (font-weight 600), and without it resvg draws them bold, wider than measured.
const fontFiles = (['regular', 'semibold', 'bold', 'italic', 'boldItalic'] as const).map(fontFile);
// The same logos come back in every document of an agreement: keep the last few renderings.
const rendered = new Map<string, Uint8Array>();
const keep = 16;

/** A logo at three times its printed size (288 dpi): small, and often a wordmark. */
export function logoFallbackPng(logo: Logo, widthPx: number): Uint8Array {
  return svgFallbackPng(logo.data, widthPx, 3);
}

/**
 * An SVG (a logo, a chart) as PNG, `widthPx` wide as printed (at 96 dpi) times `scale`.
 * A chart as wide as the page takes scale 2 (192 dpi): at 3 its four PNGs were most of the
 * monitor's Word render, for a picture only old readers show.
 */
export function svgFallbackPng(svg: Buffer | string, widthPx: number, scale: number): Uint8Array {
  const width = Math.max(1, Math.round(widthPx * scale));
  const key = `${createHash('sha1').update(svg).digest('hex')}:${width}`;
  let png = rendered.get(key);
  if (!png) {
    const Resvg = resvgClass();
    // Reading the four font files is most of the work for a small logo: only a drawing with text needs them.
    const font = hasText(svg) ? { loadSystemFonts: false, fontFiles, defaultFontFamily: 'Source Sans 3' } : { loadSystemFonts: false };
    const resvg = new Resvg(svg, { fitTo: { mode: 'width', value: width }, font });
    png = resvg.render().asPng();
    if (rendered.size >= keep) rendered.delete(rendered.keys().next().value!);
    rendered.set(key, png);
  }
  return png;
}

/** Whether the SVG has a text element (a false "yes" costs only time). */
function hasText(svg: Buffer | string): boolean {
  return /<([\w.-]+:)?(text|tspan|textPath)[\s>/]/i.test(typeof svg === 'string' ? svg : svg.toString('utf8'));
}
