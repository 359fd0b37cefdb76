/**
 * Word shows SVG, but older Word and other readers need a PNG next to it.
 * resvg renders it with the Source Sans 3 files only (no system fonts), so
 * logo and chart text looks the same on every machine, larger than printed
 * for sharpness.
 */
import { createHash } from 'node:crypto';
import type { Logo } from '../../document/types.js';
import { fontFile } from '../../fonts/sourceSans.js';
import { resvgClass, resvgRenderAsync } from '../../native/resvg.js';

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
  const { key, options } = fallbackJob(svg, widthPx, scale);
  let png = rendered.get(key);
  if (!png) {
    png = new (resvgClass())(svg, options).render().asPng();
    remember(key, png);
  }
  return png;
}

/**
 * Draw these fallbacks now, side by side on libuv's threads, so that
 * svgFallbackPng finds them ready: the monitor's charts in Word.
 */
export async function prepareFallbackPngs(jobs: readonly { svg: string; widthPx: number; scale: number }[]): Promise<void> {
  if (!jobs.length) return;
  const renderAsync = resvgRenderAsync();
  await Promise.all(
    jobs.map(async ({ svg, widthPx, scale }) => {
      const { key, options } = fallbackJob(svg, widthPx, scale);
      if (!rendered.has(key)) remember(key, (await renderAsync(svg, options)).asPng());
    }),
  );
}

/** The cache key and resvg's options of one fallback. */
function fallbackJob(svg: Buffer | string, widthPx: number, scale: number) {
  const width = Math.max(1, Math.round(widthPx * scale));
  // Reading the four font files is most of the work for a small logo: only a drawing with text needs them.
  const font = hasText(svg) ? { loadSystemFonts: false, fontFiles, defaultFontFamily: 'Source Sans 3' } : { loadSystemFonts: false };
  return { key: `${createHash('sha1').update(svg).digest('hex')}:${width}`, options: { fitTo: { mode: 'width' as const, value: width }, font } };
}

function remember(key: string, png: Uint8Array): void {
  if (rendered.size >= keep) rendered.delete(rendered.keys().next().value!);
  rendered.set(key, png);
}

/** Whether the SVG has a text element (a false "yes" costs only time). */
function hasText(svg: Buffer | string): boolean {
  return /<([\w.-]+:)?(text|tspan|textPath)[\s>/]/i.test(typeof svg === 'string' ? svg : svg.toString('utf8'));
}
