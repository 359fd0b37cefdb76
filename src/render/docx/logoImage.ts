/** A party's logo as a Word picture: SVG with a PNG fallback for older readers, the party's name as its description. */
import { ImageRun } from 'docx';
import type { Logo } from '../../document/types.js';
import { logoFallbackPng } from './svgFallbackPng.js';

/** `width` and `height` in pixels at 96 dpi, as docx takes them (fractions are kept in the drawing's size). */
export function logoImage(logo: Logo, width: number, height: number): ImageRun {
  const transformation = { width, height };
  const altText = { name: logo.name, description: logo.name, title: logo.name };
  if (logo.format === 'png') return new ImageRun({ type: 'png', data: logo.data, transformation, altText });
  const fallback = { type: 'png' as const, data: logoFallbackPng(logo, transformation.width) };
  return new ImageRun({ type: 'svg', data: logo.data, fallback, transformation, altText });
}
