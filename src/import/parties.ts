/**
 * The parties of the raamovereenkomst, from what the document says about
 * them: the signing sentence gives names by kind, the signatory lines give
 * the short names ("wethouder gemeente Harderwijk", "namens Stichting Uwoon"),
 * the page header's logos give names where nothing else does. A kind the
 * document does not state is inferred from the name, and said so.
 */
import type { Party, PartyKind } from '../model/schema.js';
import { IdSpace, slug } from './ids.js';

export interface PartyDraft {
  name: string;
  shortName?: string;
  kind?: PartyKind;
  /** How the kind was found: stated in the signing sentence, or guessed from the name. */
  kindFrom?: 'zin' | 'naam';
}

/** The kind a name suggests, if any: "gemeente ...", "...huurders...", "...wonen", "woonstichting ...". */
export function kindFromName(name: string): PartyKind | undefined {
  const n = name.toLowerCase();
  if (/\bgemeente\b/.test(n)) return 'gemeente';
  if (/huurder|bewoner|\bhbv\b|\bhuurdersbelang|\bhuurdersraad|\bvve\b/.test(n)) return 'huurdersorganisatie';
  if (/wonen\b|woning|\bwoon|corporatie|bouwvereniging|bouwstichting|huisvesting|\bwbv\b/.test(n)) return 'woningcorporatie';
  return undefined;
}

/** Names a party may go by in a signatory line or a trekker column, longest first. */
export function nameVariants(name: string): string[] {
  const out = new Set<string>([name]);
  const acronym = /\(([^)]+)\)\s*$/.exec(name)?.[1]?.trim();
  const bare = name.replace(/\s*\([^)]*\)\s*$/, '').trim();
  if (acronym) out.add(acronym);
  const words = bare.split(/\s+/);
  for (let i = 0; i < words.length; i++) out.add(words.slice(i).join(' '));
  return [...out].filter(Boolean).sort((a, b) => b.length - a.length);
}

/** How much of a party's name a matched variant covers (1 = all of it): ties go to the closer match. */
export function coverage(name: string, variant: string): number {
  if (variant === name) return 1;
  const bare = name.replace(/\s*\([^)]*\)\s*$/, '').trim();
  if (variant.length < bare.length && !bare.endsWith(variant)) return 0.5;
  return variant.split(/\s+/).length / bare.split(/\s+/).length;
}

/** "Stichting Huurdersorganisatie Omnia Wonen (SHOW)" -> "SHOW"; "Stichting Uwoon" -> "Uwoon". */
export function defaultShortName(name: string, kind: PartyKind | undefined): string {
  const acronym = /\(([^)]+)\)\s*$/.exec(name)?.[1]?.trim();
  if (acronym) return acronym;
  if (kind === 'gemeente') return name;
  const bare = name.replace(/^(stichting|vereniging|coöperatie|cooperatie)\s+/i, '').trim();
  return bare || name;
}

/** Party ids: the gemeente by its place name ("harderwijk"), others by their short name ("omnia-wonen"). */
export function partyIds(parties: readonly PartyDraft[]): string[] {
  const ids = new IdSpace(['gemeente', 'woningcorporaties', 'huurdersorganisaties']);
  return parties.map((p) => {
    const base = p.kind === 'gemeente' ? slug(p.name.replace(/^gemeente\s+/i, '')) : slug(p.shortName ?? defaultShortName(p.name, p.kind));
    return ids.take(base || 'partij');
  });
}

export function toParty(p: PartyDraft, logo: string): Party {
  const kind = p.kind ?? 'woningcorporatie';
  return { name: p.name, shortName: p.shortName ?? defaultShortName(p.name, kind), kind, logo };
}

export function sameName(a: string, b: string): boolean {
  const n = (s: string) => s.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/\s+/g, ' ').trim();
  return n(a) === n(b);
}
