/**
 * Next year's jaarschijf as a source file, ready to edit: every agreement
 * carried over with its id (so next year's document lines the years up),
 * and what a writer has to look at as review marks, which are data (`check`
 * lists them, `render` marks the document CONCEPT while any remain). The
 * source is written by printSource, which escapes every text; nothing of the
 * old year's texts goes into a comment.
 */
import { gereedEnd } from '../model/gereed.js';
import { kaderIndex, listKaderafspraken } from '../model/lookup.js';
import type { LatestStatus } from '../model/monitorSchema.js';
import { plainText } from '../model/richtext.js';
import { isJaarafspraak, type Jaarafspraak, type JaarschijfTheme, type Raamovereenkomst } from '../model/schema.js';
import { printSourceModule, reference, type SourceData } from '../sources/printSource.js';
import type { LoadedJaarschijf } from '../sources/loadJaarschijf.js';

export interface DraftPaths {
  /** Import specifier of the raamovereenkomst, relative to the new file ("./raamovereenkomst.ts"); none for a jaarschijf that stands on its own. */
  raamovereenkomst: string | undefined;
  /** The source year's file, relative to the new file ("./2024.ts"). */
  previous: string;
}

export interface DraftStats {
  carried: number;
  namesOldYear: number;
  pastDeadline: number;
  withoutAfspraak: number;
  /** Agreements left out because the new raamovereenkomst has no place for them (a new period). */
  notCarried: number;
  /** Left out: the monitor reports them gereed or vervallen. */
  done: number;
  /** Carried with the monitor's status: vertraagd or niet gestart. */
  behind: number;
}

/** What the voortgangsmonitor said last about each agreement of the source year (`draft --monitor`). */
export interface MonitorStatuses {
  /** Agreement id -> its status in the latest overleg that gave one. */
  latest: ReadonlyMap<string, LatestStatus>;
}

type Data = { [key: string]: SourceData };

/** Fields the draft sets itself; every other field of last year's source is carried over as it was. */
const jaarschijfOwnFields = new Set(['year', 'previous', 'title', 'introduction', 'review', 'themes', 'signing']);
/** What a jaarschijf without raamovereenkomst names itself; under a raamovereenkomst it stands there. */
const standaloneFields = new Set(['gemeente', 'parties', 'partyKinds', 'groups']);

export interface DraftOptions {
  /**
   * The raamovereenkomst of a new period, when the draft is its first year: agreements whose
   * kaderafspraak it still has are carried over, the others become review marks.
   */
  newPeriod?: Raamovereenkomst | undefined;
  /** The voortgangsmonitor of the source year: what it calls gereed or vervallen is left out. */
  monitor?: MonitorStatuses | undefined;
}

export function draftSource(loaded: LoadedJaarschijf, year: number, paths: DraftPaths, options: DraftOptions = {}): { source: string; stats: DraftStats } {
  const { newPeriod, monitor } = options;
  const from = loaded.jaarschijf;
  const raam = newPeriod ?? loaded.raamovereenkomst;
  const stats: DraftStats = { carried: 0, namesOldYear: 0, pastDeadline: 0, withoutAfspraak: 0, notCarried: 0, done: 0, behind: 0 };
  const oldYear = new RegExp(`\\b${from.year}\\b`);
  const namesYear = (text: string | undefined) => text !== undefined && oldYear.test(text);
  // A review mark quotes what a reader sees, not the Markdown behind it.
  const quote = (text: string) => clip(plainText(loaded.rich(text)));
  const review: string[] = [
    monitor
      ? `De afspraken van ${from.year} zijn overgenomen, behalve die de monitor gereed of vervallen noemt (zie de punten per thema): lees ze na, werk ze bij of verwijder ze, en verwijder dan dit punt.`
      : `Alle afspraken van ${from.year} zijn overgenomen: lees ze na, werk ze bij of verwijder ze, en verwijder dan dit punt.`,
  ];

  const data: Data = { year, previous: paths.previous };
  if (from.title) {
    data.title = namesYear(from.title) ? from.title.replaceAll(String(from.year), String(year)) : from.title;
    if (namesYear(from.title)) review.push(`De titel noemde ${from.year}; nagekeken of ${year} nu goed staat?`);
  }
  if (from.introduction) {
    data.introduction = from.introduction;
    if (namesYear(from.introduction)) {
      review.push(`De inleiding noemt ${from.year}: werk haar bij voor ${year}.`);
      stats.namesOldYear++;
    }
  }
  if (newPeriod) {
    review.push(`Dit is het eerste jaar van de raamovereenkomst "${newPeriod.title}": een afspraak is overgenomen als haar kaderafspraak daarin nog bestaat; lees na of zij er nog bij past.`);
  }
  data.review = review;
  const themes: Data = {};
  const ctx: DraftContext = { loaded, raam, year, stats, namesYear, monitor, dropped: (a, why) => review.push(notCarried(a, why, stats, quote)), quote };
  for (const [themeId, theme] of Object.entries(from.themes)) {
    if (newPeriod && theme.layout === 'kaderafspraken' && !newPeriod.themes[themeId]) {
      for (const a of theme.afspraken.filter(isJaarafspraak)) ctx.dropped(a, `het thema "${themeId}" staat niet in de nieuwe raamovereenkomst`);
      continue;
    }
    themes[themeId] = draftTheme(ctx, themeId, theme);
  }
  // The new raamovereenkomst's themes that last year had not: their kaderafspraken, each with a review mark.
  for (const themeId of Object.keys(raam.themes)) {
    if (!(themeId in themes)) themes[themeId] = draftTheme(ctx, themeId, { layout: 'kaderafspraken', afspraken: [] });
  }
  data.themes = themes;
  for (const [key, value] of Object.entries(from)) {
    if (jaarschijfOwnFields.has(key) || value === undefined || (newPeriod && standaloneFields.has(key))) continue;
    data[key] = value as SourceData;
  }

  const source = printSourceModule({
    comment: [
      `Jaarschijf ${year}: een concept, gemaakt met \`jaarschijf draft\` uit de jaarschijf ${from.year}.`,
      'Elk `review`-veld is een punt om na te kijken: verwijder het als het gedaan is. Zolang er een is, is de jaarschijf een CONCEPT.',
      "Voeg een `signing`-blok toe als de partijen akkoord zijn: signing: { place, date: 'JJJJ-MM-DD', signatories: [{ name, role, party }] }.",
    ],
    imports: [
      { name: 'defineJaarschijf', from: 'jaarschijf', named: true },
      ...(paths.raamovereenkomst ? [{ name: 'raamovereenkomst', from: paths.raamovereenkomst }] : []),
    ],
    call: 'defineJaarschijf',
    args: paths.raamovereenkomst ? [reference('raamovereenkomst'), data] : [data],
  });
  return { source, stats };
}

interface DraftContext {
  loaded: LoadedJaarschijf;
  /** The raamovereenkomst of the drafted year. */
  raam: Raamovereenkomst;
  year: number;
  stats: DraftStats;
  namesYear: (text: string | undefined) => boolean;
  monitor: MonitorStatuses | undefined;
  dropped: (a: Jaarafspraak, why: string) => void;
  /** A text as a review mark quotes it: plain, clipped. */
  quote: (text: string) => string;
}

function notCarried(a: Jaarafspraak, why: string, stats: DraftStats, quote: (text: string) => string): string {
  stats.notCarried++;
  return `Afspraak "${a.id}" is niet overgenomen: ${why}. Schrijf haar zo nodig opnieuw bij een kaderafspraak van de nieuwe periode. (${quote(a.text)})`;
}

function draftTheme(ctx: DraftContext, themeId: string, theme: JaarschijfTheme): Data {
  const { loaded, raam, year, stats, namesYear, monitor, quote } = ctx;
  const fromYear = loaded.jaarschijf.year;
  const out: Data = {};
  const review: string[] = [];
  for (const [key, value] of Object.entries(theme)) {
    // The default layout is not written.
    if (key === 'afspraken' || key === 'review' || (key === 'layout' && value === 'kaderafspraken') || value === undefined) continue;
    out[key] = value as SourceData;
  }
  if (namesYear(theme.intro)) {
    review.push(`De inleiding van het thema noemt ${fromYear}: werk haar bij voor ${year}.`);
    stats.namesOldYear++;
  }
  const afspraken: SourceData[] = [];
  const kaders = kaderIndex(raam);
  const entries = theme.afspraken.filter(isJaarafspraak).filter((a) => {
    if (!a.kader || kaders.has(a.kader)) return true;
    ctx.dropped(a, `de nieuwe raamovereenkomst kent haar kaderafspraak "${a.kader}" niet`);
    return false;
  });
  // What the monitor reports done or dropped is not carried over; the theme's review marks say so.
  const done = (a: Jaarafspraak) => {
    const latest = monitor?.latest.get(a.id);
    if (latest?.status !== 'gereed' && latest?.status !== 'vervallen') return false;
    stats.done++;
    review.push(`Afspraak ${a.id} is niet overgenomen: volgens de monitor (${latest.round}) is zij ${latest.status}${latest.toelichting ? ` ("${quote(latest.toelichting)}")` : ''}. (${quote(a.text)})`);
    return true;
  };
  const take = (a: Jaarafspraak) => afspraken.push(carry(ctx, a));
  if (theme.layout !== 'kaderafspraken') {
    for (const a of entries) if (!done(a)) take(a);
  } else {
    // In the raamovereenkomst's order, with a review mark where a kaderafspraak has no agreement.
    for (const kader of listKaderafspraken(raam).filter((k) => k.theme === themeId)) {
      const serving = entries.filter((a) => a.kader === kader.id);
      if (!serving.length) {
        stats.withoutAfspraak++;
        const isNew = raam !== loaded.raamovereenkomst && !kaderIndex(loaded.raamovereenkomst).has(kader.id);
        review.push(`Kaderafspraak "${kader.id}" ${isNew ? 'is nieuw in deze raamovereenkomst' : `had in ${fromYear} geen jaarafspraak`}: voeg er een toe, of laat dit punt staan tot het overleg erover. (${quote(kader.text)})`);
      }
      const kept = serving.filter((a) => !done(a));
      if (serving.length && !kept.length) {
        review.push(`Kaderafspraak "${kader.id}" heeft geen jaarafspraak meer nu de afspraken die gereed of vervallen zijn niet zijn overgenomen: voeg er een toe, of laat dit punt staan tot het overleg erover. (${quote(kader.text)})`);
      }
      for (const a of kept) take(a);
    }
  }
  if (review.length) out.review = review;
  out.afspraken = afspraken;
  return out;
}

/** One agreement, every field as it was, with review marks for what has certainly aged, and for what the monitor says is behind. */
function carry(ctx: DraftContext, a: Jaarafspraak): Data {
  const { loaded, year, stats, namesYear, monitor, quote } = ctx;
  const fromYear = loaded.jaarschijf.year;
  stats.carried++;
  const review: string[] = [];
  const latest = monitor?.latest.get(a.id);
  if (latest?.status === 'vertraagd' || latest?.status === 'niet gestart') {
    stats.behind++;
    review.push(`monitor (${latest.round}): ${latest.status}${latest.toelichting ? ` — "${quote(latest.toelichting)}"` : ''}`);
  }
  if (namesYear(a.text) || namesYear(a.toelichting)) {
    review.push(`noemt ${fromYear}: herformuleer voor ${year}`);
    stats.namesOldYear++;
  }
  const end = a.gereed ? gereedEnd(a.gereed) : undefined;
  if (end && end < `${year}-01-01`) {
    review.push(`gereed "${a.gereed}" is verstreken`);
    stats.pastDeadline++;
  }
  const out: Data = {};
  for (const [key, value] of Object.entries(a)) {
    if (key !== 'review' && value !== undefined) out[key] = value as SourceData;
  }
  if (review.length) out.review = review;
  return out;
}

function clip(text: string): string {
  const one = text.replace(/\s+/g, ' ');
  return one.length > 90 ? `${one.slice(0, 87)}...` : one;
}
