/**
 * The signing block, read back: "Harderwijk, 12 december 2023", the sentence
 * naming the parties by kind ("De gemeente X, de woningcorporaties A en B, de
 * huurdersorganisaties C en D, zijn overeengekomen ..."), and per signatory
 * "Naam, functie Partij", optionally with "namens <volledige naam>" (the
 * toolkit's own layout), or "Namens X" / name / role on lines of their own.
 */
import { dutchMonths } from '../model/dates.js';
import { oneLine } from '../model/oneLine.js';
import type { PartyKind } from '../model/schema.js';
import { kindFromName } from './parties.js';

const months = dutchMonths;

/** "Harderwijk, 12 december 2023" -> place and ISO date. */
export function parsePlaceDate(text: string): { place?: string; date: string } | undefined {
  const line = oneLine(text);
  const named = new RegExp(`^(?:(.+?),?\\s+)?(?:d\\.d\\.\\s*|datum:?\\s*)?(\\d{1,2})\\s+(${months.join('|')})\\s+(\\d{4})\\.?$`, 'i').exec(line);
  if (named) {
    const date = isoDate(Number(named[4]), months.indexOf(named[3]!.toLowerCase()) + 1, Number(named[2]));
    return date ? { ...placeOf(named[1]), date } : undefined;
  }
  const numeric = /^(?:(.+?),?\s+)?(?:datum:?\s*)?(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})\.?$/i.exec(line);
  if (numeric) {
    const date = isoDate(Number(numeric[4]), Number(numeric[3]), Number(numeric[2]));
    return date ? { ...placeOf(numeric[1]), date } : undefined;
  }
  return undefined;
}

function placeOf(text: string | undefined): { place?: string } {
  const place = text?.replace(/^(plaats|te)\s*:?\s*/i, '').replace(/[,:]\s*$/, '').trim();
  return place && !/^(datum|d\.d\.)$/i.test(place) && place.split(' ').length <= 4 ? { place } : {};
}

function isoDate(y: number, m: number, d: number): string | undefined {
  if (m < 1 || m > 12 || d < 1) return undefined;
  const s = `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
  const date = new Date(`${s}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(s) ? s : undefined;
}

export interface SentenceParties {
  kind: PartyKind;
  names: string[];
}

/** The signing sentence: the parties by kind, in order; undefined when the text is not such a sentence. */
export function parseSigningSentence(text: string, knownNames: readonly string[]): { parties: SentenceParties[]; year?: number } | undefined {
  const line = oneLine(text);
  const agreed = /,?\s*(?:zijn|hebben)\b[^.]*?\bovereengekomen\b/i.exec(line);
  if (!agreed || !/^de\s/i.test(line)) return undefined;
  const head = line.slice(0, agreed.index);
  const year = /jaarschijf\s+(\d{4})/i.exec(line.slice(agreed.index))?.[1];
  const segments = head.split(/,\s*(?=de\s+(?:woningcorporaties?|corporaties?|huurdersorganisaties?|huurdersverenigingen|huurdersvereniging|huurders)\b)/i);
  const parties: SentenceParties[] = [];
  for (const segment of segments) {
    const s = segment.replace(/^de\s+/i, '').trim();
    const group = /^(woningcorporaties?|corporaties?|huurdersorganisaties?|huurdersverenigingen|huurdersvereniging|huurders)\s+(.*)$/i.exec(s);
    if (group) {
      const kind: PartyKind = /^huurders/i.test(group[1]!) ? 'huurdersorganisatie' : 'woningcorporatie';
      parties.push({ kind, names: splitNames(group[2]!, knownNames) });
    } else {
      // "gemeente Harderwijk", "gemeenten Ermelo en Harderwijk"
      const plural = /^gemeenten\s+(.*)$/i.exec(s);
      const names = plural ? splitNames(plural[1]!, knownNames).map((n) => (/^gemeente\b/i.test(n) ? n : `gemeente ${n}`)) : splitNames(s, knownNames);
      parties.push({ kind: 'gemeente', names });
    }
  }
  return { parties: parties.filter((p) => p.names.length), ...(year ? { year: Number(year) } : {}) };
}

/** "A, B en C", keeping whole the names the document spells elsewhere (which may hold "en"). */
function splitNames(text: string, knownNames: readonly string[]): string[] {
  const found: { at: number; name: string }[] = [];
  let rest = text;
  for (const name of [...knownNames].sort((a, b) => b.length - a.length)) {
    const at = rest.toLowerCase().indexOf(name.toLowerCase());
    if (at < 0 || !name.trim()) continue;
    found.push({ at, name: rest.slice(at, at + name.length) });
    rest = rest.slice(0, at) + '\u0000'.repeat(name.length) + rest.slice(at + name.length);
  }
  const pieces: { at: number; name: string }[] = [...found];
  let offset = 0;
  for (const piece of rest.split(/(,\s*|\s+en\s+|\s*&\s*)/)) {
    const trimmed = piece.replace(/\u0000+/g, '').trim();
    if (trimmed && !/^(,|en|&)$/i.test(trimmed)) pieces.push({ at: offset + piece.indexOf(trimmed), name: trimmed });
    offset += piece.length;
  }
  return pieces.sort((a, b) => a.at - b.at).map((p) => p.name.replace(/[,.]$/, '').trim()).filter(Boolean);
}

export interface SignatoryText {
  name: string;
  /** "wethouder gemeente Harderwijk": the role and how the party was named, as one text. */
  roleAndParty?: string;
  /** Role on a line of its own. */
  role?: string;
  /** The party's full name from "namens ...". */
  namens?: string;
}

const namensPattern = /^(?:namens|voor|nms\.?|vertegenwoordigd door)\s*:?\s+(.+?)\s*:?$/i;

/** Lines that only lay out a signature: "Handtekening:", "______", "(handtekening)". */
export function isSignatureFurniture(line: string): boolean {
  return /^[\s_.…\-–—:]*$/.test(line) || /^\(?\s*(handtekening|paraaf|ondertekening|getekend)\s*\)?\s*:?\s*[_.…]*$/i.test(line);
}

/**
 * One signatory from its lines (a cell of the signature table, or paragraphs
 * between blank lines); undefined when the lines hold no name.
 */
export function parseSignatory(lines: readonly string[]): SignatoryText | undefined {
  const useful = lines.map(oneLine).filter((l) => l && !isSignatureFurniture(l));
  if (!useful.length) return undefined;
  let namens: string | undefined;
  const rest: string[] = [];
  for (const line of useful) {
    const m = namensPattern.exec(line);
    if (m && !namens) namens = m[1]!;
    else rest.push(line);
  }
  // "Gemeente Harderwijk" / name / role, or name / role / party: a party line without "namens".
  if (!namens && rest.length >= 3) {
    if (kindFromName(rest[0]!) && !kindFromName(rest[1]!)) namens = rest.shift();
    else if (kindFromName(rest.at(-1)!)) namens = rest.pop();
  }
  if (!rest.length) return undefined;
  const first = rest[0]!;
  const comma = /^([^,]+),\s*(.+)$/.exec(first);
  if (comma && looksLikeName(comma[1]!)) {
    return { name: comma[1]!.trim(), roleAndParty: comma[2]!.trim(), ...(namens ? { namens } : {}) };
  }
  // Name and role on lines of their own: both are needed, else these are not a signatory's lines.
  if (!looksLikeName(first) || !rest[1]) return undefined;
  return { name: first, role: rest.slice(1).join(', '), ...(namens ? { namens } : {}) };
}

/** "E. Enklaar", "R.Y. Schuijl - Gerritsen", "mevrouw drs. A. de Vries": short, with a capital, no sentence. */
export function looksLikeName(text: string): boolean {
  const t = text.trim();
  return t.length > 1 && t.split(/\s+/).length <= 7 && /\p{Lu}/u.test(t) && !/[.!?:;]\s+\p{Lu}/u.test(t.replace(/\b\p{Lu}\.\s*/gu, '')) && !/\d/.test(t);
}

/** Roles a signatory line may start with, longest first. */
const knownRoles = [
  'voorzitter raad van bestuur',
  'lid raad van bestuur',
  'voorzitter van het bestuur',
  'directeur-bestuurder',
  'directeur bestuurder',
  'algemeen directeur',
  'statutair directeur',
  'wethouder wonen',
  'wethouder',
  'burgemeester',
  'gedeputeerde',
  'bestuurder',
  'directeur',
  'voorzitter',
  'vicevoorzitter',
  'secretaris',
  'penningmeester',
  'bestuurslid',
  'lid',
  'manager',
];

/** Split "wethouder gemeente Harderwijk" into role and party text, by the names the parties may go by. */
export function splitRoleAndParty(text: string, partyNames: readonly string[]): { role: string; party: string; matched: boolean } {
  const lower = text.toLowerCase();
  let best: string | undefined;
  for (const name of partyNames) {
    const n = name.toLowerCase();
    if (!n) continue;
    const fits = lower === n || (lower.endsWith(n) && /\s/.test(lower.charAt(lower.length - n.length - 1)));
    if (fits && (!best || n.length > best.length)) best = name;
  }
  if (best) {
    const role = text.slice(0, text.length - best.length).trim().replace(/[,]$/, '');
    return { role, party: text.slice(text.length - best.length), matched: true };
  }
  const role = knownRoles.find((r) => lower.startsWith(`${r} `));
  if (role) return { role: text.slice(0, role.length), party: text.slice(role.length).trim(), matched: false };
  const space = text.indexOf(' ');
  return space < 0 ? { role: text, party: '', matched: false } : { role: text.slice(0, space), party: text.slice(space + 1), matched: false };
}
