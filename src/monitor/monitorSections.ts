/**
 * The voortgangsmonitor as document-model sections: the summary with its
 * chart; per theme every agreement with its status in each overleg (word
 * and colour) and the latest toelichting; the nieuwbouwmonitor with its
 * charts and projects. Word, PDF and the HTML report all render these.
 */
import { slug } from '../document/buildJaarschijfDocument.js';
import { cellBlocks, heading, note, paragraph, section } from '../document/builders.js';
import { tableFromColumns, type ColumnSpec } from '../document/columns.js';
import type { Block, CellBlock, Paragraph, Section, Table } from '../document/types.js';
import { typography } from '../document/typography.js';
import { joinList, type Wording } from '../document/wording.js';
import { formatDutchDate } from '../model/dates.js';
import type { MonitorStatus } from '../model/monitorSchema.js';
import type { LoadedMonitor } from '../sources/loadMonitor.js';
import type { MonitorAgreement, MonitorReport } from './computeMonitor.js';
import { formatNumber } from './monitorCharts.js';
import { countsText, cumulativeFigure, perYearFigure, splitFigure, statusFigure, type DrawChart } from './monitorFigures.js';

export interface MonitorSectionOptions {
  /** Width of the charts in points (the document's prose width). */
  chartWidth: number;
  /** Title, subtitle, the illustration note and the summary sentences at the top (the HTML report has them in its own header). */
  titleBlocks: boolean;
  /** How charts are drawn (default: in this thread); `false`: not at all, a figure is its caption, description and table (Markdown). */
  draw?: DrawChart | false;
}

const noChart: DrawChart = async () => ({ svg: '', width: 0, height: 0 });

/** A row's tag for the report's filter: the latest status ("status-op-schema"), or "status-geen-stand". */
export function statusTag(status: MonitorStatus | null): string {
  return `status-${slug(status ?? 'geen stand')}`;
}

export async function monitorSections(loaded: LoadedMonitor, report: MonitorReport, w: Wording, options: MonitorSectionOptions): Promise<Section[]> {
  let figures = 0;
  const next = () => ++figures;
  const draw = options.draw === false ? noChart : (options.draw ?? (await import('../chart/renderChart.js')).renderChart);
  const summary: Block[] = [];
  if (options.titleBlocks) summary.push(...titleBlocks(report, w));
  summary.push(heading(1, w.text('monitor.summaryHeading'), 'samenvatting-kop'));
  if (options.titleBlocks) summary.push(...summaryLines(report, w).map((text) => plain(text)));
  summary.push(await statusFigure(report, next(), options.chartWidth, w, draw));
  const sections: Section[] = [section('samenvatting', w.text('monitor.summaryHeading'), summary)];

  for (const theme of report.summary.themes) {
    const agreements = report.agreements.filter((a) => a.theme === theme.theme);
    const title = w.text('monitor.themeHeading', { number: theme.number, title: theme.title });
    const anchor = `monitor-thema-${theme.number}`;
    sections.push(
      section(anchor, title, [
        heading(1, title, `${anchor}-kop`),
        plain(w.text('monitor.themeCounts', { total: theme.total, counts: themeCounts(theme.counts, theme.unreported, w) })),
        agreementsTable(loaded, report, agreements, theme.title, anchor, w),
      ]),
    );
  }

  const n = report.nieuwbouw;
  if (n) {
    const currentYear = Number(report.summary.date.slice(0, 4));
    const k = (key: string, data?: Record<string, unknown>) => w.text(`monitor.nieuwbouw.${key}`, data);
    const bounds = { min: formatNumber(n.target.min), max: formatNumber(n.target.max) };
    const shares = n.split.corporations.map((c) => k('share', { name: c.name, share: formatNumber(c.agreed) }));
    const perYear = await perYearFigure(n, next(), options.chartWidth, w, draw);
    const cumulativeNumber = next();
    const cumulative = await cumulativeFigure(n, currentYear, cumulativeNumber, options.chartWidth, w, draw);
    const split = await splitFigure(n, next(), options.chartWidth, w, draw);
    sections.push(
      section(
        'nieuwbouwmonitor',
        k('heading'),
        [
          heading(1, k('heading'), 'nieuwbouwmonitor-kop'),
        plain(k('targetText', { ...bounds, from: n.target.from, to: n.target.to, afspraak: n.target.afspraak ?? '' })),
        plain(k('splitText', { shares: shares.join(', '), afspraak: n.split.afspraak ?? '' })),
        plain(k('summary', { from: n.target.from, to: n.target.to, realised: formatNumber(n.totals.realised), total: formatNumber(n.totals.total), position: k(`position.${n.totals.position}`, bounds) }), true),
        perYear,
        cumulative,
        note(k('path', { ...bounds, number: cumulativeNumber, years: n.target.to - n.target.from + 1 })),
        split,
          heading(2, k('projects.heading'), 'nieuwbouw-projecten'),
          projectsTable(loaded, n, w),
        ],
        { startOnNewPage: true },
      ),
    );
  }
  return sections;
}

function titleBlocks(report: MonitorReport, w: Wording): Block[] {
  const blocks: Block[] = [
    paragraph(report.title, 'title'),
    paragraph(subtitle(report, w), 'subtitle'),
  ];
  if (report.illustration) blocks.push(plain(w.text('monitor.illustrationNote'), true));
  return blocks;
}

/** "Bij de jaarschijf 2024 · Bestuurlijk overleg voorjaar 2024 (23 mei 2024) en ...". */
export function subtitle(report: MonitorReport, w: Wording): string {
  const rounds = report.rounds.map((r) => w.text('monitor.round', { name: r.name, date: formatDutchDate(r.date) }));
  return w.text('monitor.subtitle', { year: report.jaarschijf.year, rounds: joinList(rounds, w.text('and')) });
}

/** The summary sentence, and one about agreements the latest overleg left out. */
export function summaryLines(report: MonitorReport, w: Wording): string[] {
  const s = report.summary;
  const lines = [w.text('monitor.summary', { round: s.round, date: formatDutchDate(s.date), total: s.total, counts: countsText(s.counts, w) })];
  if (s.unreported) lines.push(w.text('monitor.summaryUnreported', { count: s.unreported, one: s.unreported === 1 }));
  return lines;
}

function themeCounts(counts: Record<MonitorStatus, number>, unreported: number, w: Wording): string {
  const text = countsText(counts, w);
  if (!unreported) return text;
  const missing = w.text('monitor.count', { count: unreported, status: w.text('monitor.unreported') });
  return text ? `${text}; ${missing}` : missing;
}

/** Nr | Afspraak | Trekker en gereed | a column per overleg | the latest toelichting. */
function agreementsTable(loaded: LoadedMonitor, report: MonitorReport, agreements: readonly MonitorAgreement[], title: string, anchor: string, w: Wording): Table {
  const rounds = report.rounds;
  // A theme whose agreements name no trekker or deadline (most do not) gets no column for them.
  const details = agreements.some((a) => a.trekker || a.gereed);
  const roundWidth = Math.min(0.085, 0.3 / rounds.length);
  const fixed = details ? 0.035 + 0.35 + 0.12 : 0.035 + 0.42;
  const entry = (a: MonitorAgreement, round: string) => a.statuses.find((s) => s.round === round);
  const columns: ColumnSpec<MonitorAgreement>[] = [
    { key: 'number', header: w.text('monitor.columns.number'), width: 0.035, kind: 'number', cell: (a) => [plain(w.text('rowNumber', { number: a.number }))] },
    { key: 'afspraak', header: w.text('monitor.columns.afspraak'), width: details ? 0.35 : 0.42, cell: (a) => cellBlocks(loaded.rich(originalText(loaded, a.id)) as CellBlock[]) },
    ...(details ? [{ key: 'trekker', header: w.text('monitor.columns.trekker'), width: 0.12, cell: (a: MonitorAgreement) => detailBlocks(a, w) }] : []),
    ...rounds.map(
      (round): ColumnSpec<MonitorAgreement> => ({
        key: `round-${round.date}`,
        header: round.name,
        width: roundWidth,
        // The status as a word, in bold, on its tint: never colour alone.
        cell: (a) => {
          const e = entry(a, round.name);
          return [e ? plain(e.status, true) : note(w.text('monitor.unreported'))];
        },
        fill: (a) => {
          const e = entry(a, round.name);
          return e ? typography.status[e.status].tint : undefined;
        },
      }),
    ),
    { key: 'toelichting', header: w.text('monitor.columns.toelichting'), width: 1 - fixed - roundWidth * rounds.length, cell: (a) => toelichtingBlocks(loaded, a, w) },
  ];
  return tableFromColumns({
    anchor: `${anchor}-tabel`,
    summary: w.text('monitor.themeTableSummary', { title }),
    continuedLabel: w.text('continued'),
    columns,
    rows: agreements,
    rowProps: (a) => ({ anchor: `monitor-${a.id}`, tags: [statusTag(a.latest?.status ?? null)] }),
  });
}

/** The trekker, and the deadline as a note under it. */
function detailBlocks(a: MonitorAgreement, w: Wording): CellBlock[] {
  const blocks: CellBlock[] = [];
  if (a.trekker) blocks.push(plain(a.trekker));
  if (a.gereed) blocks.push(note(w.text('afspraakNote', { trekker: '', gereed: a.gereed })));
  return blocks;
}

/** The latest toelichting given; the overleg it is from, when that is not the latest one that gave a status. */
function toelichtingBlocks(loaded: LoadedMonitor, a: MonitorAgreement, w: Wording): CellBlock[] {
  const given = [...a.statuses].reverse().find((s) => s.toelichting !== null);
  if (!given) return [];
  const blocks = [...(loaded.rich(given.toelichting!) as CellBlock[])];
  if (given !== a.statuses.at(-1)) blocks.push(note(w.text('monitor.toelichtingFrom', { round: given.round })));
  return blocks;
}

function projectsTable(loaded: LoadedMonitor, n: NonNullable<MonitorReport['nieuwbouw']>, w: Wording): Table {
  const k = (key: string, data?: Record<string, unknown>) => w.text(`monitor.nieuwbouw.projects.${key}`, data);
  const names = new Map(n.split.corporations.map((c) => [c.corporation, c.name]));
  type Project = (typeof n.projects)[number];
  const column = (key: string, width: number, cell: (p: Project) => readonly CellBlock[], kind?: 'number'): ColumnSpec<Project> => ({
    key,
    header: k(`columns.${key}`),
    width,
    ...(kind ? { kind } : {}),
    cell,
  });
  return tableFromColumns({
    anchor: 'nieuwbouw-projecten-tabel',
    summary: k('summary'),
    continuedLabel: w.text('continued'),
    columns: [
      column('name', 0.24, (p) => [plain(p.name)]),
      column('corporation', 0.14, (p) => [plain(names.get(p.corporation) ?? p.corporation)]),
      column('homes', 0.08, (p) => [plain(formatNumber(p.homes))], 'number'),
      column('phase', 0.12, (p) => [plain(w.text(`monitor.nieuwbouw.phases.${p.phase}`))]),
      column('year', 0.12, (p) => [plain(p.phase === 'opgeleverd' ? String(p.year) : k('expected', { year: p.year }))]),
      column('toelichting', 0.3, (p) => (p.toelichting ? cellBlocks(loaded.rich(p.toelichting) as CellBlock[]) : [])),
    ],
    rows: n.projects,
  });
}

/** The agreement's text as written (Markdown), for its rich form. */
function originalText(loaded: LoadedMonitor, id: string): string {
  for (const theme of Object.values(loaded.jaarschijf.jaarschijf.themes)) {
    for (const a of theme.afspraken) if (a.id === id && a.text) return a.text;
  }
  return '';
}

function plain(text: string, bold = false): Paragraph {
  return paragraph(text, undefined, bold ? ['bold'] : []);
}
