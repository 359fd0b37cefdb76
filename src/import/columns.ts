/**
 * Recognising an agreements table by its column headers, not by position:
 * Dutch header words, tolerant of case, accents, plurals and small spelling
 * slips (the seed document itself writes "Kaderafpraak"). A year in a header
 * ("Jaarafspraken 2023", "Kaderafspraken 2022-2026") is read along.
 */
export type ColumnKind = 'number' | 'thema' | 'doelstelling' | 'kaderafspraak' | 'jaarafspraken' | 'afspraak' | 'toelichting' | 'trekker' | 'gereed';

export interface Column {
  kind: ColumnKind | undefined;
  /** The header as written. */
  header: string;
  /** Years in the header, in order. */
  years: number[];
}

const vocabulary: readonly [ColumnKind, readonly string[]][] = [
  ['kaderafspraak', ['kaderafspraak', 'kaderafspraken', 'kader', 'kaders', 'meerjarenafspraak', 'meerjarenafspraken']],
  ['jaarafspraken', ['jaarafspraak', 'jaarafspraken', 'jaarschijf']],
  ['doelstelling', ['doelstelling', 'doelstellingen', 'doel', 'doelen', 'ambitie', 'ambities']],
  ['thema', ['thema', 'themas', 'onderwerp']],
  ['toelichting', ['toelichting', 'toelichtingen', 'opmerking', 'opmerkingen', 'uitleg', 'motivatie']],
  ['trekker', ['trekker', 'trekkers', 'eigenaar', 'verantwoordelijk', 'verantwoordelijke', 'uitvoerder', 'penvoerder', 'wie']],
  ['gereed', ['gereed', 'planning', 'deadline', 'termijn', 'wanneer', 'datum', 'einddatum', 'afgerond', 'klaar']],
  ['afspraak', ['afspraak', 'afspraken', 'omschrijving', 'prestatieafspraak', 'prestatieafspraken', 'wat']],
  ['number', ['nr', 'no', 'nummer', 'num']],
];

export function normalizeWords(text: string): string[] {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z]+/g, ' ')
    .trim()
    .split(' ')
    .filter(Boolean);
}

export function classifyHeader(header: string): Column {
  const years = [...header.matchAll(/\b(1[89]\d\d|2\d\d\d)\b/g)].map((m) => Number(m[1]));
  const words = normalizeWords(header);
  if (!words.length) return { kind: /^\s*(#|\d*)\s*\.?\s*$/.test(header) ? 'number' : undefined, header, years };
  // Exact words first, so a slip only counts where no header word is spelled right.
  for (const match of [(w: string, k: string) => w === k, similar]) {
    for (const [kind, known] of vocabulary) {
      if (words.some((w) => known.some((k) => match(w, k)))) {
        // "Afspraken 2024" is a year's column, as "Jaarafspraken 2024" is.
        if (kind === 'afspraak' && years.length && words.some((w) => similar(w, 'afspraken') || similar(w, 'afspraak'))) return { kind: 'jaarafspraken', header, years };
        return { kind, header, years };
      }
    }
  }
  return { kind: undefined, header, years };
}

/** Equal, or (for longer words) within a small edit distance: "kaderafpraak" ~ "kaderafspraak". */
function similar(word: string, known: string): boolean {
  if (word === known) return true;
  if (known.length < 6) return false;
  const limit = known.length >= 10 ? 2 : 1;
  return Math.abs(word.length - known.length) <= limit && editDistance(word, known) <= limit;
}

function editDistance(a: string, b: string): number {
  let prev = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    for (let j = 1; j <= b.length; j++) row[j] = Math.min(prev[j]! + 1, row[j - 1]! + 1, prev[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    prev = row;
  }
  return prev[b.length]!;
}

export type TableLayout = 'kaderafspraken' | 'afspraken';

/** Which agreements table a header row makes, if any. */
export function tableLayout(columns: readonly Column[]): TableLayout | undefined {
  const has = (kind: ColumnKind) => columns.some((c) => c.kind === kind);
  if (has('kaderafspraak') && has('jaarafspraken')) return 'kaderafspraken';
  if (has('afspraak') && (has('toelichting') || has('trekker') || has('gereed'))) return 'afspraken';
  if (has('jaarafspraken') && (has('trekker') || has('gereed') || has('toelichting'))) return 'afspraken';
  return undefined;
}
