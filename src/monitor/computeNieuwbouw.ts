/**
 * The nieuwbouwmonitor as numbers: social rental homes per year of
 * completion (delivered, or expected), the running total against the target
 * band, and each woningcorporatie's part against the agreed split. The target
 * and split come from the monitor source, which takes them from the
 * productieafspraken; nothing here knows Harderwijk's numbers.
 */
import { nieuwbouwPhases, type Nieuwbouw, type NieuwbouwPhase } from '../model/monitorSchema.js';
import { oneLine } from '../model/oneLine.js';
import { plainText } from '../model/richtext.js';
import { allAfspraken } from '../model/lookup.js';
import type { LoadedMonitor } from '../sources/loadMonitor.js';

export interface NieuwbouwYear {
  year: number;
  /** Homes delivered in the year. */
  realised: number;
  /** Homes of projects expected to be done in the year, not delivered yet. */
  planned: number;
  total: number;
  byPhase: Record<NieuwbouwPhase, number>;
  /** Woningcorporatie id -> homes. */
  byCorporation: Record<string, number>;
}

export interface NieuwbouwCumulative {
  year: number;
  /** Homes delivered from the first year up to and including this one. */
  realised: number;
  /** Delivered and expected, up to and including this year. */
  total: number;
  /** The band on a straight path from nothing before the first year to the target in the last. */
  targetMin: number;
  targetMax: number;
}

export interface CorporationSplit {
  corporation: string;
  name: string;
  /** The agreed share, in percent. */
  agreed: number;
  /** Homes in all projects (delivered and expected, up to the target year). */
  homes: number;
  /** Share of all homes, in percent (one decimal). */
  share: number;
  realised: number;
  realisedShare: number;
}

export interface NieuwbouwReport {
  perYear: NieuwbouwYear[];
  cumulative: NieuwbouwCumulative[];
  target: { from: number; to: number; min: number; max: number; afspraak: string | null; text: string | null };
  split: { afspraak: string | null; text: string | null; corporations: CorporationSplit[] };
  /** Up to and including the target year. */
  totals: { realised: number; planned: number; total: number; position: 'below' | 'within' | 'above' };
  projects: { name: string; corporation: string; homes: number; phase: NieuwbouwPhase; year: number; toelichting: string | null }[];
}

export function computeNieuwbouw(loaded: LoadedMonitor, nieuwbouw: Nieuwbouw): NieuwbouwReport {
  const { target, split, projects } = nieuwbouw;
  const raam = loaded.jaarschijf.raamovereenkomst;
  const corporations = Object.keys(split.shares);
  const lastYear = Math.max(target.to, ...projects.map((p) => p.year));
  const perYear: NieuwbouwYear[] = [];
  for (let year = target.from; year <= lastYear; year++) {
    const here = projects.filter((p) => p.year === year);
    const realised = sum(here.filter((p) => p.phase === 'opgeleverd').map((p) => p.homes));
    const total = sum(here.map((p) => p.homes));
    perYear.push({
      year,
      realised,
      planned: total - realised,
      total,
      byPhase: Object.fromEntries(nieuwbouwPhases.map((phase) => [phase, sum(here.filter((p) => p.phase === phase).map((p) => p.homes))])) as Record<NieuwbouwPhase, number>,
      byCorporation: Object.fromEntries(corporations.map((c) => [c, sum(here.filter((p) => p.corporation === c).map((p) => p.homes))])),
    });
  }

  const span = target.to - target.from + 1;
  let realised = 0;
  let total = 0;
  const cumulative = perYear.map((y): NieuwbouwCumulative => {
    realised += y.realised;
    total += y.total;
    const part = Math.min(1, (y.year - target.from + 1) / span);
    return { year: y.year, realised, total, targetMin: Math.round(target.min * part), targetMax: Math.round(target.max * part) };
  });

  const counted = projects.filter((p) => p.year <= target.to);
  const homes = sum(counted.map((p) => p.homes));
  const delivered = sum(counted.filter((p) => p.phase === 'opgeleverd').map((p) => p.homes));
  const text = (id: string | undefined) => {
    const a = id ? allAfspraken(loaded.jaarschijf.jaarschijf).find((x) => x.id === id) : undefined;
    return a ? oneLine(plainText(loaded.rich(a.text))) : null;
  };
  return {
    perYear,
    cumulative,
    target: { from: target.from, to: target.to, min: target.min, max: target.max, afspraak: target.afspraak ?? null, text: text(target.afspraak) },
    split: {
      afspraak: split.afspraak ?? null,
      text: text(split.afspraak),
      corporations: corporations.map((c) => {
        const own = counted.filter((p) => p.corporation === c);
        const ownHomes = sum(own.map((p) => p.homes));
        const ownRealised = sum(own.filter((p) => p.phase === 'opgeleverd').map((p) => p.homes));
        return {
          corporation: c,
          name: raam.parties[c]?.shortName ?? c,
          agreed: split.shares[c]!,
          homes: ownHomes,
          share: percent(ownHomes, homes),
          realised: ownRealised,
          realisedShare: percent(ownRealised, delivered),
        };
      }),
    },
    totals: { realised: delivered, planned: homes - delivered, total: homes, position: homes < target.min ? 'below' : homes > target.max ? 'above' : 'within' },
    projects: projects.map((p) => ({ name: p.name, corporation: p.corporation, homes: p.homes, phase: p.phase, year: p.year, toelichting: p.toelichting ?? null })),
  };
}

function sum(values: readonly number[]): number {
  return values.reduce((a, b) => a + b, 0);
}

function percent(part: number, whole: number): number {
  return whole ? Math.round((part / whole) * 1000) / 10 : 0;
}
