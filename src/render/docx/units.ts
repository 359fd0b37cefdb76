/** Word measures lengths in twips (1/20 pt), font sizes in half-points, images in pixels at 96 dpi. */
export const twips = (pt: number): number => Math.round(pt * 20);
export const halfPoints = (pt: number): number => Math.round(pt * 2);
export const pixels = (pt: number): number => (pt * 96) / 72;

/** Split a width in twips over fractions, so the parts add up to the whole exactly. */
export function splitWidth(total: number, fractions: readonly number[]): number[] {
  const sum = fractions.reduce((a, b) => a + b, 0) || 1;
  let used = 0;
  return fractions.map((fraction, i) => {
    const width = i === fractions.length - 1 ? total - used : Math.round((total * fraction) / sum);
    used += width;
    return width;
  });
}
