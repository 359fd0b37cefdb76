/**
 * A trekker as the document names it ("Woningcorporaties en gemeente",
 * "Uwoon / SHOW") -> party ids and groups, the reverse of the renderer's
 * trekker label. Names are matched whole, longest first, so a party whose
 * name holds "en" is not split; what matches nothing is returned as unknown.
 */
import type { Party } from '../model/schema.js';
import { nameVariants } from './parties.js';

const groups: Record<string, string> = {
  gemeente: 'gemeente',
  gemeenten: 'gemeente',
  woningcorporaties: 'woningcorporaties',
  woningcorporatie: 'woningcorporaties',
  corporaties: 'woningcorporaties',
  corporatie: 'woningcorporaties',
  huurdersorganisaties: 'huurdersorganisaties',
  huurdersorganisatie: 'huurdersorganisaties',
  huurders: 'huurdersorganisaties',
};

function normalize(s: string): string {
  return s.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/\s+/g, ' ');
}

export interface TrekkerResult {
  ids: string[];
  /** Parts of the label that name no party or group, as written. */
  unknown: string[];
}

export function resolveTrekker(label: string, parties: Readonly<Record<string, Party>>): TrekkerResult {
  const candidates: { text: string; id: string }[] = [];
  for (const [text, id] of Object.entries(groups)) candidates.push({ text, id });
  for (const [id, p] of Object.entries(parties)) {
    // Multi-word tails of the name ("Omnia Wonen"), not single words such as "Wonen"; an acronym ("SHOW") too.
    const names = new Set([id, p.shortName, p.name, ...nameVariants(p.name).filter((v) => v.includes(' ') || /^[A-Z0-9]{2,}$/.test(v))]);
    for (const name of names) candidates.push({ text: normalize(name), id });
  }
  candidates.sort((a, b) => b.text.length - a.text.length);

  const source = label.replace(/^\s*trekkers?\s*:\s*/i, '').trim();
  const s = normalize(source);
  const ids: string[] = [];
  const unknown: string[] = [];
  const separator = /^(?:\s|,|;|\/|&|\+|\ben\b|\bof\b)+/;
  let i = 0;
  while (i < s.length) {
    const sep = separator.exec(s.slice(i));
    if (sep) {
      i += sep[0].length;
      continue;
    }
    const hit = candidates.find((c) => s.startsWith(c.text, i) && !/[a-z0-9]/.test(s.charAt(i + c.text.length)));
    if (hit) {
      if (!ids.includes(hit.id)) ids.push(hit.id);
      i += hit.text.length;
      continue;
    }
    const next = /(?:,|;|\/|&|\+|\sen\s|\sof\s)/.exec(s.slice(i));
    const end = next ? i + next.index : s.length;
    const part = source.slice(i, end).trim();
    if (part) unknown.push(part);
    i = end;
  }
  return { ids, unknown };
}
