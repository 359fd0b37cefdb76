/**
 * Coverage across the years of one raamovereenkomst: for every kaderafspraak,
 * per jaarschijf whether it has a jaarafspraak, and in how many years it had
 * none. Plain data, joined from each year's coverage; the JSON contract of
 * `jaarschijf coverage --years --format json`.
 */
import type { CoverageReport, CoverageTheme } from './computeCoverage.js';

export interface KaderYears {
  id: string;
  theme: string;
  doelstelling: string;
  text: string;
  themeTitle: string;
  doelstellingText: string;
  years: { year: number; covered: boolean; afspraken: string[]; references: { afspraak: string; theme: string }[] }[];
  /** Number of the years given in which it had no jaarafspraak. */
  withoutAfspraak: number;
}

export interface YearsReport {
  /** The years given, ascending. */
  years: number[];
  raamovereenkomst: string;
  kaderafspraken: KaderYears[];
  summary: {
    total: number;
    years: { year: number; covered: number; uncovered: number; byReference: number }[];
    /** Kaderafspraken without a jaarafspraak in two or more of the years. */
    withoutAfspraakSeveralYears: number;
    /** Kaderafspraken without a jaarafspraak in any of the years. */
    withoutAfspraakEveryYear: number;
  };
  raamovereenkomstTitle: string;
  period: { from: number; to: number };
  /** The sources, in the order of the years. */
  files: string[];
  /** The themes, numbered as in the latest jaarschijf. */
  themes: CoverageTheme[];
}

/** @param reports one per year, ascending, all of the same raamovereenkomst */
export function coverageYears(reports: readonly CoverageReport[]): YearsReport {
  const latest = reports.at(-1);
  if (!latest) throw new Error('coverageYears needs at least one year');
  const byId = reports.map((r) => new Map(r.kaderafspraken.map((k) => [k.id, k])));
  const kaderafspraken = latest.kaderafspraken.map((k): KaderYears => {
    const years = reports.map((r, i) => {
      const c = byId[i]!.get(k.id);
      return { year: r.year, covered: c?.covered ?? false, afspraken: c?.afspraken ?? [], references: c?.references ?? [] };
    });
    return {
      id: k.id,
      theme: k.theme,
      doelstelling: k.doelstelling,
      text: k.text,
      themeTitle: k.themeTitle,
      doelstellingText: k.doelstellingText,
      years,
      withoutAfspraak: years.filter((y) => !y.covered).length,
    };
  });
  return {
    years: reports.map((r) => r.year),
    raamovereenkomst: latest.raamovereenkomst,
    kaderafspraken,
    summary: {
      total: kaderafspraken.length,
      years: reports.map((r, i) => {
        const covered = kaderafspraken.filter((k) => k.years[i]!.covered);
        const byReference = covered.filter((k) => k.years[i]!.references.length === k.years[i]!.afspraken.length).length;
        return { year: r.year, covered: covered.length, uncovered: kaderafspraken.length - covered.length, byReference };
      }),
      withoutAfspraakSeveralYears: kaderafspraken.filter((k) => k.withoutAfspraak >= 2).length,
      withoutAfspraakEveryYear: kaderafspraken.filter((k) => k.withoutAfspraak === reports.length).length,
    },
    raamovereenkomstTitle: latest.raamovereenkomstTitle,
    period: latest.period,
    files: reports.map((r) => r.file),
    themes: latest.themes,
  };
}
