/**
 * What became of the year's agreements: per agreement its status in each
 * bestuurlijk overleg, per theme the counts of the latest overleg, and the
 * nieuwbouwmonitor. Plain data in document order; it is also the JSON
 * contract of `jaarschijf monitor --format json` (build the objects in
 * contract order).
 */
import { trekkerLabel } from '../document/trekkerLabel.js';
import type { Wording } from '../document/wording.js';
import { entryOf, monitorStatuses, type MonitorStatus } from '../model/monitorSchema.js';
import { oneLine } from '../model/oneLine.js';
import { plainText } from '../model/richtext.js';
import { isJaarafspraak } from '../model/schema.js';
import type { LoadedMonitor } from '../sources/loadMonitor.js';
import { alignYears } from '../years/alignYears.js';
import { computeNieuwbouw, type NieuwbouwReport } from './computeNieuwbouw.js';

export interface AgreementStatus {
  /** The name of the overleg. */
  round: string;
  status: MonitorStatus;
  /** As written (Markdown), or null. */
  toelichting: string | null;
}

export interface MonitorAgreement {
  id: string;
  /** The jaarschijf theme's id. */
  theme: string;
  /** One entry per overleg that gave the agreement a status, oldest first. */
  statuses: AgreementStatus[];
  /** Its row in the theme's table of the jaarschijf. */
  number: number;
  /** The agreement's text, plain. */
  text: string;
  /** The trekker as the document names it ("Woningcorporaties en gemeente"), or null. */
  trekker: string | null;
  gereed: string | null;
  /** The status of the latest overleg, or null when that overleg gave none. */
  latest: AgreementStatus | null;
}

export type StatusCounts = Record<MonitorStatus, number>;

export interface ThemeSummary {
  theme: string;
  number: number;
  title: string;
  total: number;
  counts: StatusCounts;
  /** Agreements the latest overleg gave no status. */
  unreported: number;
}

export interface MonitorReport {
  jaarschijf: { year: number; file: string; title: string; gemeente: string };
  rounds: { name: string; date: string }[];
  agreements: MonitorAgreement[];
  summary: { round: string; date: string; total: number; counts: StatusCounts; unreported: number; themes: ThemeSummary[] };
  nieuwbouw: NieuwbouwReport | null;
  /** The monitor source, as the user named it. */
  file: string;
  title: string;
  /** Made-up statuses: every output says so. */
  illustration: boolean;
}

export function computeMonitor(loaded: LoadedMonitor, w: Wording): MonitorReport {
  const { monitor } = loaded;
  const { jaarschijf: j, raamovereenkomst: raam } = loaded.jaarschijf;
  const rounds = monitor.rounds.map((r) => ({ name: r.name, date: r.date }));
  const latestRound = monitor.rounds.at(-1)!;

  // The numbers and titles the jaarschijf's document shows (src/years), so a reader finds "row 9 of theme 3" there.
  const aligned = alignYears(loaded.jaarschijf, loaded.jaarschijf.previous).themes.filter((t) => t.number !== null);
  const rows = new Map<string, number>();
  for (const t of aligned) {
    for (const slot of t.slots) if (slot.current && slot.row !== null) rows.set(slot.current.id, slot.row);
  }
  const agreements: MonitorAgreement[] = [];
  const themes: ThemeSummary[] = [];
  for (const { id: themeId, number, title } of aligned) {
    const theme = j.themes[themeId]!;
    const summary: ThemeSummary = {
      theme: themeId,
      number: number!,
      title,
      total: 0,
      counts: emptyCounts(),
      unreported: 0,
    };
    for (const a of theme.afspraken.filter(isJaarafspraak)) {
      const statuses: AgreementStatus[] = monitor.rounds.flatMap((round) => {
        const entry = round.statuses[a.id];
        if (entry === undefined) return [];
        const { status, toelichting } = entryOf(entry);
        return [{ round: round.name, status, toelichting: toelichting ?? null }];
      });
      const latest = latestRound.statuses[a.id] !== undefined ? statuses.at(-1)! : null;
      agreements.push({
        id: a.id,
        theme: themeId,
        statuses,
        number: rows.get(a.id) ?? 0,
        text: oneLine(plainText(loaded.rich(a.text))),
        trekker: a.trekker?.length ? trekkerLabel(raam, a.trekker, w) : null,
        gereed: a.gereed ?? null,
        latest,
      });
      summary.total++;
      if (latest) summary.counts[latest.status]++;
      else summary.unreported++;
    }
    themes.push(summary);
  }

  const counts = emptyCounts();
  for (const t of themes) for (const s of monitorStatuses) counts[s] += t.counts[s];
  const parties = Object.values(raam.parties);
  return {
    jaarschijf: {
      year: j.year,
      file: loaded.jaarschijf.file,
      title: j.title ?? w.text('documentTitle', { year: j.year }),
      gemeente: parties.find((p) => p.kind === 'gemeente')?.name ?? raam.gemeente,
    },
    rounds,
    agreements,
    summary: {
      round: latestRound.name,
      date: latestRound.date,
      total: agreements.length,
      counts,
      unreported: themes.reduce((n, t) => n + t.unreported, 0),
      themes,
    },
    nieuwbouw: monitor.nieuwbouw ? computeNieuwbouw(loaded, monitor.nieuwbouw) : null,
    file: loaded.file,
    title: monitor.title ?? w.text('monitor.title', { year: j.year, gemeente: raam.gemeente }),
    illustration: monitor.illustration ?? false,
  };
}

function emptyCounts(): StatusCounts {
  return Object.fromEntries(monitorStatuses.map((s) => [s, 0])) as StatusCounts;
}
