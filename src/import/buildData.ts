/**
 * The themes as read -> the data of the three sources, with ids: themes,
 * doelstellingen and kaderafspraken named after their texts, agreements
 * after their theme and row ("bes-07"), one id for a row's two years. It
 * checks that the renderer will line the rows up as the document has them.
 */
import { type AfspraakEntry, type Jaarschijf, type JaarschijfTheme, type Party, type Raamovereenkomst, type Signing } from '../model/schema.js';
import { IdSpace, slug, textId, words } from './ids.js';
import type { AfspraakDraft, ThemeDraft } from './themeDraft.js';
import { clip } from './toMarkdown.js';
import type { Warnings } from './warnings.js';

export interface ImportStats {
  themes: number;
  doelstellingen: number;
  kaderafspraken: number;
  rows: number;
  afspraken: number;
  previousAfspraken: number;
  emptyRows: number;
  parties: number;
  signatories: number;
}

export interface BuiltData {
  raamovereenkomst: Raamovereenkomst;
  jaarschijf: Jaarschijf;
  /** Last year's jaarschijf, from the previous-year column; absent when the tables have none. */
  previous?: Jaarschijf;
  /** The four-column tables' rows as the document has them, to compare with the rows the toolkit will make. */
  documentRows: DocumentRows[];
  stats: ImportStats;
}

export interface DocumentRows {
  theme: string;
  title: string;
  /** Per row the id of its agreement (both years share it; '' for a row without one), and where the row is in the Word document. */
  rows: { id: string; table: number; row: number }[];
}

export interface BuildInput {
  themes: readonly { draft: ThemeDraft; table: number }[];
  year: number;
  previousYear: number | undefined;
  period: { from: number; to: number };
  gemeente: string;
  parties: Record<string, Party>;
  title: string | undefined;
  introduction: string;
  signing: Signing | undefined;
  warnings: Warnings;
}

/** Ids for everything, and the three data objects. */
export function buildData(input: BuildInput): BuiltData {
  const { year, previousYear, warnings } = input;
  const themeIds = new IdSpace();
  const itemIds = new IdSpace();
  const prefixes = new IdSpace();
  const raamThemes: Raamovereenkomst['themes'] = {};
  const themes: Record<string, JaarschijfTheme> = {};
  const previousThemes: Record<string, JaarschijfTheme> = {};
  const documentRows: DocumentRows[] = [];
  const stats: ImportStats = { themes: 0, doelstellingen: 0, kaderafspraken: 0, rows: 0, afspraken: 0, previousAfspraken: 0, emptyRows: 0, parties: Object.keys(input.parties).length, signatories: input.signing?.signatories.length ?? 0 };

  for (const { draft, table } of input.themes) {
    if (!draft.rows && !draft.doelstellingen.length && !draft.afspraken.length) {
      if (draft.intro.length) warnings.add(`tabel ${table}`, `thema "${draft.title}" heeft geen afspraken; de inleiding ervan is niet overgenomen: "${clip(draft.intro.join(' '))}"`);
      continue;
    }
    stats.themes++;
    const themeId = themeIds.take(textId(draft.title, 3, 'thema'));
    const prefix = takePrefix(themeId, prefixes);
    const width = Math.max(2, String(draft.rows).length);
    const afspraakId = (n: number) => `${prefix}-${String(n).padStart(width, '0')}`;
    const intro = draft.intro.join('\n\n') || undefined;
    stats.rows += draft.rows;

    if (draft.layout === 'afspraken') {
      themes[themeId] = {
        layout: 'afspraken',
        title: draft.title,
        ...(intro ? { intro } : {}),
        afspraken: draft.afspraken.map(({ number, afspraak }) => ({ id: afspraakId(number), ...fields(afspraak) })),
      };
      stats.afspraken += draft.afspraken.length;
      continue;
    }

    const doelstellingen: Raamovereenkomst['themes'][string]['doelstellingen'] = {};
    const current: AfspraakEntry[] = [];
    const previous: AfspraakEntry[] = [];
    const expected: DocumentRows['rows'] = [];
    for (const doel of draft.doelstellingen) {
      const doelId = itemIds.take(textId(doel.text));
      const kaderafspraken: Record<string, string> = {};
      stats.doelstellingen++;
      for (const kader of doel.kaders) {
        const kaderId = itemIds.take(textId(kader.text));
        kaderafspraken[kaderId] = kader.text;
        stats.kaderafspraken++;
        const lone = kader.rows.length === 1;
        for (const row of kader.rows) {
          const id = afspraakId(row.number);
          expected.push({ id: row.current || row.previous ? id : '', table: row.table, row: row.row });
          if (row.current) current.push({ id, kader: kaderId, ...fields(row.current) });
          if (row.previous) previous.push({ id, kader: kaderId, ...fields(row.previous) });
          // A kaderafspraak's only row shows without an entry; an empty row among others needs one.
          if (!row.current && !row.previous && !lone) {
            current.push({ kader: kaderId, emptyRow: true });
            stats.emptyRows++;
          }
        }
      }
      doelstellingen[doelId] = { text: doel.text, kaderafspraken };
    }
    raamThemes[themeId] = { title: draft.title, doelstellingen };
    themes[themeId] = { layout: 'kaderafspraken', ...(intro ? { intro } : {}), afspraken: current };
    if (previousYear !== undefined) previousThemes[themeId] = { layout: 'kaderafspraken', afspraken: previous };
    stats.afspraken += current.filter((a) => !a.emptyRow).length;
    stats.previousAfspraken += previous.length;

    documentRows.push({ theme: themeId, title: draft.title, rows: expected });
  }

  if (!Object.keys(raamThemes).length) {
    // Only tables of their own (Afspraak | Toelichting | ...): a raamovereenkomst still needs a theme, to be filled in.
    const id = themeIds.take('kaderafspraken');
    raamThemes[id] = {
      title: 'Kaderafspraken',
      doelstellingen: { doelstelling: { text: 'Nog in te vullen: een doelstelling van de raamovereenkomst.', kaderafspraken: { kaderafspraak: 'Nog in te vullen: een kaderafspraak.' } } },
    };
    warnings.add('kolomkoppen', `het document heeft geen tabel met kaderafspraken; raamovereenkomst.ts heeft een thema "${id}" om de doelstellingen en kaderafspraken in te vullen`);
  }
  const raamovereenkomst: Raamovereenkomst = {
    id: slug(`${input.gemeente} ${raamTitleTail(input)}`) || 'raamovereenkomst',
    title: raamTitle(input),
    gemeente: input.gemeente,
    period: input.period,
    parties: input.parties,
    themes: raamThemes,
  };
  const jaarschijf: Jaarschijf = {
    year,
    ...(previousYear !== undefined ? { previous: `./${previousYear}.ts` } : {}),
    ...(input.title ? { title: input.title } : {}),
    ...(input.introduction ? { introduction: input.introduction } : {}),
    themes,
    ...(input.signing ? { signing: input.signing } : {}),
  };
  const previous: Jaarschijf | undefined = previousYear !== undefined ? { year: previousYear, themes: previousThemes } : undefined;
  return { raamovereenkomst, jaarschijf, ...(previous ? { previous } : {}), documentRows, stats };
}

function fields(a: AfspraakDraft): { text: string; toelichting?: string; trekker?: string[]; gereed?: string } {
  return { text: a.text, ...(a.toelichting ? { toelichting: a.toelichting } : {}), ...(a.trekker ? { trekker: a.trekker } : {}), ...(a.gereed ? { gereed: a.gereed } : {}) };
}

/** "beschikbaarheid" -> "bes"; a second theme starting the same way gets a longer prefix. */
function takePrefix(themeId: string, prefixes: IdSpace): string {
  const word = themeId.split('-')[0]!;
  for (let n = 3; n <= word.length; n++) {
    const candidate = word.slice(0, n);
    if (prefixes.tryTake(candidate)) return candidate;
  }
  return prefixes.take(word);
}

/** The raamovereenkomst's title, as the document quotes it ("'Raamovereenkomst sociale huur 2022-2026'"), else made up from the period. */
function raamTitle(input: BuildInput): string {
  const texts = [input.introduction, ...input.themes.flatMap((t) => t.draft.intro), input.title ?? ''];
  for (const text of texts) {
    const m = /['‘"“]\s*(raamovereenkomst[^'’"”\n]{0,80}?)\s*['’"”]/i.exec(text);
    if (m) return m[1]!.charAt(0).toUpperCase() + m[1]!.slice(1);
  }
  return `Raamovereenkomst ${input.gemeente} ${input.period.from}-${input.period.to}`;
}

function raamTitleTail(input: BuildInput): string {
  const title = raamTitle(input);
  const rest = words(title).filter((w) => w !== 'raamovereenkomst' && w !== slug(input.gemeente)).join(' ');
  return rest || `${input.period.from} ${input.period.to}`;
}
