/**
 * A placeholder logo for a party, in the style of the bundled example's:
 * the short name in a rounded frame, marked "placeholder logo", so a document
 * rendered from an import is complete until the real logos are put in.
 */
const colours = ['#1f4e79', '#2e6b4f', '#8a2d3b', '#9a5a1e', '#4f4a7d', '#2b6f77', '#6b4e2e', '#5a5a5a'];

export function placeholderLogo(label: string, index: number): string {
  const colour = colours[index % colours.length]!;
  const lines = splitLabel(label);
  const longest = Math.max(...lines.map((l) => l.length));
  // Source Sans 3 Bold averages about 0.52 em per character; keep the text inside 200 of the 240 units.
  const size = Math.max(10, Math.min(30, Math.floor(200 / (0.52 * Math.max(longest, 1))), lines.length > 1 ? 18 : 30));
  const text = lines
    .map((line, i) => {
      const y = lines.length === 1 ? 44 : 30 + i * (size + 2);
      return `    <text x="120" y="${y}" text-anchor="middle" font-family="Source Sans 3" font-weight="700" font-size="${size}" fill="${colour}">${escapeXml(line)}</text>`;
    })
    .join('\n');
  return [
    `<!-- PLACEHOLDER LOGO for ${escapeComment(label)}: not the party's real logo. Replace this file with your own logo (SVG, about 240x80). -->`,
    '<svg xmlns="http://www.w3.org/2000/svg" width="240" height="80" viewBox="0 0 240 80">',
    '  <g>',
    `    <rect x="1" y="1" width="238" height="78" rx="10" ry="10" fill="#ffffff" stroke="${colour}" stroke-width="1.5"/>`,
    `    <path d="M 20 58 H 220" stroke="${colour}" stroke-width="1" stroke-opacity="0.35" fill="none"/>`,
    text,
    `    <text x="120" y="71" text-anchor="middle" font-family="Source Sans 3" font-weight="400" font-size="10" fill="${colour}" fill-opacity="0.8">placeholder logo</text>`,
    '  </g>',
    '</svg>',
    '',
  ].join('\n');
}

/** One line, or two for a long name. */
function splitLabel(label: string): string[] {
  const clean = label.replace(/\s+/g, ' ').trim() || '?';
  if (clean.length <= 22) return [clean];
  const words = clean.split(' ');
  let best = [clean];
  let bestWidth = clean.length;
  for (let i = 1; i < words.length; i++) {
    const a = words.slice(0, i).join(' ');
    const b = words.slice(i).join(' ');
    const width = Math.max(a.length, b.length);
    if (width < bestWidth) {
      best = [a, b];
      bestWidth = width;
    }
  }
  return best;
}

function escapeXml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/** A comment may not hold "--". */
function escapeComment(text: string): string {
  return escapeXml(text.replace(/\s+/g, ' ')).replace(/-{2,}/g, '-');
}
