/**
 * Checks of a monitor that need its jaarschijf: agreement ids that must
 * exist, rounds in order and in the right years, woningcorporaties that are
 * parties, a split that adds up, delivered homes that are not in the future.
 * The monitor is checked as written (before or without a valid schema), so
 * one run reports schema and reference problems together; anything of the
 * wrong shape is left to the schema's messages.
 */
import { suggest, type DiagnosticList, type PathSegment } from './diagnostics.js';
import { array, record, string, type Raw } from './raw.js';

const number = (v: unknown): number | undefined => (typeof v === 'number' && Number.isFinite(v) ? v : undefined);

/** The status words that call for an explanation: a reader asks why. */
const explain = new Set(['vertraagd', 'niet gestart', 'vervallen']);

/** What the checks need of the jaarschijf: read from its data as evaluated, so they run even when the jaarschijf itself has problems. */
export interface MonitoredJaarschijf {
  year: number;
  /** The jaarschijf source, as messages name it. */
  file: string;
  /** Its agreement ids, in document order. */
  ids: string[];
  /** The parties of its raamovereenkomst: id, name, kind. */
  parties: { id: string; name: string; kind: unknown }[];
}

/** The jaarschijf of a monitor from its data as the sandbox returned it (with its raamovereenkomst); undefined when it has no year. */
export function monitoredJaarschijf(raw: unknown, file: string): MonitoredJaarschijf | undefined {
  const j = record(raw);
  const year = number(j?.year);
  if (!j || year === undefined) return undefined;
  const ids = Object.values(record(j.themes) ?? {}).flatMap((t) => array(record(t)?.afspraken).flatMap((a) => string(record(a)?.id) ?? []));
  const parties = Object.entries(record(record(j.raamovereenkomst)?.parties) ?? {}).map(([id, p]) => ({ id, name: string(record(p)?.name) ?? id, kind: record(p)?.kind }));
  return { year, file, ids, parties };
}

export function checkMonitor(raw: Raw, jaarschijf: MonitoredJaarschijf, file: string, list: DiagnosticList): void {
  const { ids } = jaarschijf;
  const known = new Set(ids);
  const afspraak = (path: PathSegment[], id: unknown) => {
    if (typeof id === 'string' && !known.has(id)) list.add(file, path, `de jaarschijf ${jaarschijf.year} (${jaarschijf.file}) heeft geen afspraak "${id}"${suggest(id, ids)}`);
  };

  const rounds = array(raw.rounds);
  const names = new Map<string, number>();
  let previousDate: string | undefined;
  rounds.forEach((r, i) => {
    const round = record(r);
    if (!round) return;
    const name = string(round.name);
    if (name !== undefined) {
      const earlier = names.get(name);
      if (earlier !== undefined) list.add(file, ['rounds', i, 'name'], `twee overleggen heten "${name}" (ook overleg ${earlier + 1}); geef elk een eigen naam`);
      else names.set(name, i);
    }
    const date = string(round.date);
    if (date && /^\d{4}-\d{2}-\d{2}$/.test(date)) {
      const year = Number(date.slice(0, 4));
      if (year !== jaarschijf.year && year !== jaarschijf.year + 1) {
        list.add(file, ['rounds', i, 'date'], `een overleg over de jaarschijf ${jaarschijf.year} valt in ${jaarschijf.year} of ${jaarschijf.year + 1}, niet in ${year}`);
      }
      if (previousDate && date < previousDate) list.add(file, ['rounds', i, 'date'], `de overleggen staan in volgorde van datum: dit overleg valt vóór het vorige (${previousDate})`);
      previousDate = date;
    }
    for (const [id, entry] of Object.entries(record(round.statuses) ?? {})) {
      afspraak(['rounds', i, 'statuses', id], id);
      const status = typeof entry === 'string' ? entry : string(record(entry)?.status);
      const toelichting = typeof entry === 'string' ? undefined : record(entry)?.toelichting;
      if (status && explain.has(status) && toelichting === undefined && i === rounds.length - 1) {
        list.add(file, ['rounds', i, 'statuses', id], `"${status}" zonder toelichting: zeg waarom, zodat lezers weten wat er met de afspraak gebeurt`, 'warning');
      }
    }
  });

  // What the latest overleg does not say: a reader of the monitor would miss it.
  const latest = record(rounds.at(-1));
  const latestStatuses = record(latest?.statuses);
  if (latestStatuses) {
    const missing = ids.filter((id) => !Object.hasOwn(latestStatuses, id));
    const where = string(latest?.name) ?? `overleg ${rounds.length}`;
    for (const id of missing) list.add(file, ['rounds', rounds.length - 1, 'statuses'], `afspraak ${id} heeft geen stand in het laatste overleg (${where})`, 'warning');
  }

  const nieuwbouw = record(raw.nieuwbouw);
  if (nieuwbouw) checkNieuwbouw(nieuwbouw, jaarschijf.parties, latestYear(rounds), file, list, afspraak);
}

function latestYear(rounds: unknown[]): number | undefined {
  const date = string(record(rounds.at(-1))?.date);
  return date && /^\d{4}-/.test(date) ? Number(date.slice(0, 4)) : undefined;
}

function checkNieuwbouw(
  nieuwbouw: Raw,
  parties: MonitoredJaarschijf['parties'],
  latest: number | undefined,
  file: string,
  list: DiagnosticList,
  afspraak: (path: PathSegment[], id: unknown) => void,
): void {
  const corporations = parties.filter((p) => p.kind === 'woningcorporatie').map((p) => p.id);
  const corporation = (path: PathSegment[], id: unknown) => {
    if (typeof id !== 'string' || corporations.includes(id)) return;
    const party = parties.find((p) => p.id === id);
    list.add(file, path, party ? `${party.name} is geen woningcorporatie` : `de raamovereenkomst kent geen woningcorporatie "${id}"${suggest(id, corporations)} (woningcorporaties: ${corporations.join(', ')})`);
  };
  const target = record(nieuwbouw.target);
  afspraak(['nieuwbouw', 'target', 'afspraak'], target?.afspraak);
  const split = record(nieuwbouw.split);
  afspraak(['nieuwbouw', 'split', 'afspraak'], split?.afspraak);
  const shares = record(split?.shares);
  if (shares) {
    for (const id of Object.keys(shares)) corporation(['nieuwbouw', 'split', 'shares', id], id);
    const values = Object.values(shares).map(number);
    if (values.every((v) => v !== undefined)) {
      const sum = (values as number[]).reduce((a, b) => a + b, 0);
      if (Math.abs(sum - 100) > 1e-9) list.add(file, ['nieuwbouw', 'split', 'shares'], `de aandelen tellen op tot ${formatNumber(sum)} procent, niet tot 100`);
    }
  }
  const from = number(target?.from);
  const names = new Map<string, number>();
  array(nieuwbouw.projects).forEach((p, i) => {
    const project = record(p);
    if (!project) return;
    const path: PathSegment[] = ['nieuwbouw', 'projects', i];
    const name = string(project.name);
    if (name !== undefined) {
      const earlier = names.get(name);
      if (earlier !== undefined) list.add(file, [...path, 'name'], `twee projecten heten "${name}" (ook project ${earlier + 1}); geef elk een eigen naam of tel ze samen`);
      else names.set(name, i);
    }
    corporation([...path, 'corporation'], project.corporation);
    if (typeof project.corporation === 'string' && shares && corporations.includes(project.corporation) && !Object.hasOwn(shares, project.corporation)) {
      list.add(file, [...path, 'corporation'], `${project.corporation} heeft geen aandeel in split.shares; geef het daar (ook als het 0 is)`);
    }
    const year = number(project.year);
    if (year === undefined) return;
    if (from !== undefined && year < from) list.add(file, [...path, 'year'], `${year} ligt vóór ${from}, het jaar vanaf wanneer de woningen tellen`);
    if (latest === undefined) return;
    if (project.phase === 'opgeleverd' && year > latest) {
      list.add(file, [...path, 'year'], `opgeleverd in ${year}, maar het laatste overleg is in ${latest}: een project dat nog komt is niet opgeleverd`);
    } else if (project.phase !== 'opgeleverd' && typeof project.phase === 'string' && year < latest) {
      list.add(file, [...path, 'year'], `verwacht in ${year}, maar nog niet opgeleverd bij het laatste overleg (${latest}): werk het jaar of de fase bij`, 'warning');
    }
  });
}

function formatNumber(n: number): string {
  return String(Math.round(n * 100) / 100).replace('.', ',');
}
