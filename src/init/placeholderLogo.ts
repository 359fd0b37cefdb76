import { escapeHtml } from '../render/html/escapeHtml.js';

/**
 * A placeholder logo, like the example's in agreements/harderwijk/logos: a
 * framed name that says it is a placeholder, to be replaced by the real logo.
 */
export function placeholderLogo(name: string, color: string): string {
  if (!/^#[0-9a-f]{6}$/i.test(color)) throw new Error(`not a colour: ${color}`);
  // The name fills the frame: about half an em per character, within 12-30 px.
  const size = Math.max(12, Math.min(30, Math.round(400 / Math.max(1, [...name].length))));
  return [
    '<!-- VOORLOPIG LOGO: niet het echte logo van de partij. Vervang dit bestand door het echte logo (SVG of PNG, ongeveer 240x80). -->',
    '<svg xmlns="http://www.w3.org/2000/svg" width="240" height="80" viewBox="0 0 240 80">',
    '  <g>',
    `    <rect x="1" y="1" width="238" height="78" rx="10" ry="10" fill="#ffffff" stroke="${color}" stroke-width="1.5"/>`,
    `    <path d="M 20 58 H 220" stroke="${color}" stroke-width="1" stroke-opacity="0.35" fill="none"/>`,
    `    <text x="120" y="44" text-anchor="middle" font-family="Source Sans 3" font-weight="700" font-size="${size}" fill="${color}">${escapeHtml(name)}</text>`,
    `    <text x="120" y="71" text-anchor="middle" font-family="Source Sans 3" font-weight="400" font-size="10" fill="${color}" fill-opacity="0.8">voorlopig logo</text>`,
    '  </g>',
    '</svg>',
    '',
  ].join('\n');
}
