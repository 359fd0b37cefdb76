/**
 * Which kaderafspraken of the raamovereenkomst have a jaarafspraak this year.
 * Plain data, in the raamovereenkomst's order; it is also the JSON contract of
 * `jaarschijf coverage --format json` (build the objects in contract order).
 */
import { listKaderafspraken } from '../model/lookup.js';
import { plainText } from '../model/richtext.js';
import { isJaarafspraak } from '../model/schema.js';
import type { LoadedJaarschijf } from '../sources/loadJaarschijf.js';
import { alignYears, type AlignedYears } from '../years/alignYears.js';
import { crossReference, type ThemeName } from './crossReference.js';

/** A jaarafspraak serving a kaderafspraak, and where the document shows it. */
export interface ServingAfspraak {
  afspraak: string;
  /** The jaarschijf theme the jaarafspraak stands in (not always the kaderafspraak's). */
  theme: string;
  /** Its row in that theme's table. */
  row: number;
  /** Set when the jaarafspraak only refers to another theme ("Zie productieafspraken."). */
  reference?: string;
}

export interface KaderCoverage {
  id: string;
  theme: string;
  /** The doelstelling's id. */
  doelstelling: string;
  /** The kaderafspraak's own text, as in the source. */
  text: string;
  covered: boolean;
  /** Ids of the jaarafspraken serving it, in document order. */
  afspraken: string[];
  themeTitle: string;
  doelstellingText: string;
  /** The first row the kaderafspraak stands in, in its theme's table (null when the jaarschijf leaves the theme out). */
  row: number | null;
  serving: ServingAfspraak[];
  /** The serving jaarafspraken that are cross-references, and the theme they point to. */
  references: { afspraak: string; theme: string }[];
}

export interface CoverageTheme extends ThemeName {
  /** Whether the raamovereenkomst has this theme (an 'afspraken' theme of one year has not). */
  inRaamovereenkomst: boolean;
}

/** In JSON order: the contract's fields first (year, raamovereenkomst, kaderafspraken, summary), then extras. */
export interface CoverageReport {
  year: number;
  /** The raamovereenkomst's id. */
  raamovereenkomst: string;
  kaderafspraken: KaderCoverage[];
  summary: {
    total: number;
    covered: number;
    uncovered: number;
    /** Covered, but only by cross-references to another theme. */
    byReference: number;
  };
  raamovereenkomstTitle: string;
  period: { from: number; to: number };
  /** The jaarschijf source, as the user named it. */
  file: string;
  /** The themes in the jaarschijf's order (numbered as in the document), then raamovereenkomst themes it leaves out. */
  themes: CoverageTheme[];
}

/** @param aligned this year lined up with last year, as the document shows it (computed when not given) */
export function computeCoverage(loaded: LoadedJaarschijf, aligned: AlignedYears = alignYears(loaded, loaded.previous)): CoverageReport {
  const { jaarschijf: j, raamovereenkomst: raam } = loaded;
  const themes: CoverageTheme[] = Object.entries(j.themes).map(([id, t], i) => ({
    id,
    title: t.layout === 'afspraken' ? t.title : raam.themes[id]!.title,
    number: i + 1,
    inRaamovereenkomst: Object.hasOwn(raam.themes, id),
  }));
  for (const [id, t] of Object.entries(raam.themes)) {
    if (!Object.hasOwn(j.themes, id)) themes.push({ id, title: t.title, inRaamovereenkomst: true });
  }

  const serving = new Map<string, ServingAfspraak[]>();
  const kaderRows = new Map<string, number>();
  for (const theme of aligned.themes) {
    if (theme.number === null) continue;
    const rows = new Map<string, number>();
    for (const slot of theme.slots) {
      // The row numbers the document shows (src/years).
      if (slot.kader && slot.row !== null && !kaderRows.has(slot.kader)) kaderRows.set(slot.kader, slot.row);
      if (slot.current && slot.row !== null) rows.set(slot.current.id, slot.row);
    }
    for (const a of j.themes[theme.id]!.afspraken) {
      // Empty rows are layout only: they never cover.
      if (!isJaarafspraak(a) || !a.kader) continue;
      const reference = crossReference(plainText(loaded.rich(a.text)), themes, theme.id);
      const entry: ServingAfspraak = { afspraak: a.id, theme: theme.id, row: rows.get(a.id) ?? 0, ...(reference ? { reference } : {}) };
      serving.set(a.kader, [...(serving.get(a.kader) ?? []), entry]);
    }
  }

  const kaderafspraken = listKaderafspraken(raam).map((k): KaderCoverage => {
    const list = serving.get(k.id) ?? [];
    return {
      id: k.id,
      theme: k.theme,
      doelstelling: k.doelstelling,
      text: k.text,
      covered: list.length > 0,
      afspraken: list.map((s) => s.afspraak),
      themeTitle: raam.themes[k.theme]!.title,
      doelstellingText: k.doelstellingText,
      row: kaderRows.get(k.id) ?? null,
      serving: list,
      references: list.filter((s) => s.reference).map((s) => ({ afspraak: s.afspraak, theme: s.reference! })),
    };
  });
  const covered = kaderafspraken.filter((k) => k.covered).length;
  return {
    year: j.year,
    raamovereenkomst: raam.id,
    kaderafspraken,
    summary: {
      total: kaderafspraken.length,
      covered,
      uncovered: kaderafspraken.length - covered,
      byReference: kaderafspraken.filter((k) => k.covered && k.serving.every((s) => s.reference)).length,
    },
    raamovereenkomstTitle: raam.title,
    period: { from: raam.period.from, to: raam.period.to },
    file: loaded.file,
    themes,
  };
}
