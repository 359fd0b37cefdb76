import type { Logo } from '../../document/types.js';

/** A logo as a data URL, so the page holds everything it shows. */
export function logoData(logo: Logo): { src: string; alt: string } {
  const mime = logo.format === 'svg' ? 'image/svg+xml' : 'image/png';
  return { src: `data:${mime};base64,${Buffer.from(logo.data).toString('base64')}`, alt: logo.name };
}
