/**
 * The monitor in the rest of the pipeline: `draft --monitor` leaves out what
 * is done and marks what is behind; `coverage` and the diff report show the
 * latest status beside each agreement; a monitor of another year is refused.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadJaarschijf } from '../src/sources/loadJaarschijf.js';
import { runCli } from './helpers/cli.js';
import { exampleCopy } from './helpers/fixture.js';
import { jaarschijfIds, readMonitorSource } from './helpers/monitorSource.js';
import { snapshotTree } from './helpers/sideEffects.js';

const source = readMonitorSource();
const latest = source.rounds.at(-1)!;
const withStatus = (...statuses: string[]) => jaarschijfIds().filter((id) => statuses.includes(latest.statuses.get(id)!.status));

describe('jaarschijf draft --monitor', () => {
  const copy = exampleCopy();
  const drafted = runCli(['draft', '2025', '--from', '2024.ts', '--monitor', 'monitor-2024.ts'], { cwd: copy.dir });

  it('writes the draft and says what the monitor changed', () => {
    expect(drafted.stderr).toBe('');
    expect(drafted.status).toBe(0);
    const done = withStatus('gereed', 'vervallen').length;
    const behind = withStatus('vertraagd', 'niet gestart').length;
    expect(drafted.stdout).toContain(`${87 - done} afspraken overgenomen`);
    expect(drafted.stdout).toContain(`volgens de monitor (monitor-2024.ts): ${done} afspraken gereed of vervallen en niet overgenomen, ${behind} vertraagd of niet gestart en gemarkeerd`);
  });

  it('leaves out the agreements reported gereed or vervallen, and lists each in its theme\'s review marks', async () => {
    const draft = await loadJaarschijf(join(copy.dir, '2025.ts'), { previous: false });
    const ids = Object.values(draft.jaarschijf.themes).flatMap((t) => t.afspraken.flatMap((a) => a.id ?? []));
    const done = withStatus('gereed', 'vervallen');
    expect(done).toContain('bes-04'); // gereed in the najaar overleg
    expect(done).toContain('duu-04'); // vervallen
    for (const id of done) expect(ids, id).not.toContain(id);
    expect(ids).toEqual(jaarschijfIds().filter((id) => !done.includes(id)));
    const marks = Object.values(draft.jaarschijf.themes).flatMap((t) => [t.review ?? []].flat());
    for (const id of done) {
      const status = latest.statuses.get(id)!.status;
      expect(marks, id).toContainEqual(expect.stringMatching(new RegExp(`^Afspraak ${id} is niet overgenomen: volgens de monitor \\(Bestuurlijk overleg najaar 2024\\) is zij ${status}`)));
    }
  });

  it('carries the agreements reported vertraagd or niet gestart, with a review mark quoting the status', async () => {
    const draft = await loadJaarschijf(join(copy.dir, '2025.ts'), { previous: false });
    const agreement = (id: string) => Object.values(draft.jaarschijf.themes).flatMap((t) => t.afspraken).find((a) => a.id === id)!;
    const behind = withStatus('vertraagd', 'niet gestart');
    expect(behind).toContain('bes-05'); // vertraagd
    for (const id of behind) {
      const { status, toelichting } = latest.statuses.get(id)!;
      const review = [agreement(id).review ?? []].flat();
      expect(review, id).toContainEqual(`monitor (Bestuurlijk overleg najaar 2024): ${status} — "${clip(toelichting!)}"`);
    }
    // An agreement on schedule is carried without a monitor mark.
    expect([agreement('bes-03').review ?? []].flat().filter((r) => r.startsWith('monitor'))).toEqual([]);
  });

  it('passes check, with the monitor\'s marks as review points', () => {
    const result = runCli(['check', '2025.ts'], { cwd: copy.dir });
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/^2025\.ts:\d+:\d+: thema Beschikbaarheid, afspraak bes-05: nakijken: monitor \(Bestuurlijk overleg najaar 2024\): vertraagd/m);
    expect(result.stdout).toMatch(/^2025\.ts:\d+:\d+: thema Beschikbaarheid: nakijken: Afspraak bes-04 is niet overgenomen/m);
  });

  it('refuses the monitor of another jaarschijf, and writes nothing', () => {
    const other = exampleCopy();
    const before = snapshotTree(other.dir);
    const result = runCli(['draft', '2024', '--from', '2023.ts', '--monitor', 'monitor-2024.ts', '-o', 'nieuw-2024.ts'], { cwd: other.dir });
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('monitor-2024.ts: is de monitor van 2024.ts, niet van 2023.ts (--from)');
    expect(snapshotTree(other.dir)).toEqual(before);
  });
});

describe('coverage --monitor', () => {
  it('shows the latest status beside each jaarafspraak, in every format', () => {
    const text = runCli(['coverage', 'agreements/harderwijk/2024.ts', '--monitor', 'agreements/harderwijk/monitor-2024.ts']);
    expect(text.stderr).toBe('');
    expect(text.status).toBe(0);
    expect(text.stdout).toContain('realisatie-1000-woningen: bes-02 [op schema], bes-03 [op schema], bes-04 [gereed], bes-05 [vertraagd] (rijen 2-5)');

    const json = JSON.parse(runCli(['coverage', 'agreements/harderwijk/2024.ts', '--format', 'json', '--monitor', 'agreements/harderwijk/monitor-2024.ts']).stdout) as {
      kaderafspraken: { serving: { afspraak: string; status: { status: string; round: string } | null }[] }[];
      monitor: { file: string };
    };
    expect(json.monitor).toEqual({ file: 'agreements/harderwijk/monitor-2024.ts' });
    const serving = json.kaderafspraken.flatMap((k) => k.serving);
    // Every jaarafspraak with a kaderafspraak (the productieafspraken have none), the empty row left out.
    expect(serving.length).toBe(jaarschijfIds().length - 16);
    for (const s of serving) expect(s.status, s.afspraak).toEqual({ status: latest.statuses.get(s.afspraak)!.status, round: latest.name });

    const html = runCli(['coverage', 'agreements/harderwijk/2024.ts', '--format', 'html', '--monitor', 'agreements/harderwijk/monitor-2024.ts']).stdout;
    expect(html).toContain('<p>rij 5 · bes-05 · vertraagd</p>');
    const md = runCli(['coverage', 'agreements/harderwijk/2024.ts', '--format', 'md', '--monitor', 'agreements/harderwijk/monitor-2024.ts']).stdout;
    expect(md).toContain('rij 4 · bes-04 · gereed');
  }, 120_000); // four runs of the CLI

  it('is refused with --years, and for another year\'s jaarschijf', () => {
    const years = runCli(['coverage', '--years', 'agreements/harderwijk/2024.ts', '--monitor', 'agreements/harderwijk/monitor-2024.ts']);
    expect(years.status).toBe(1);
    expect(years.stderr).toContain('jaarschijf: --monitor hoort bij één jaarschijf, niet bij --years');
    const other = runCli(['coverage', 'agreements/harderwijk/2023.ts', '--monitor', 'agreements/harderwijk/monitor-2024.ts']);
    expect(other.status).toBe(1);
    expect(other.stderr).toContain('agreements/harderwijk/monitor-2024.ts: is de monitor van agreements/harderwijk/2024.ts, niet van agreements/harderwijk/2023.ts');
  });
});

describe('diff --format html|md --monitor', () => {
  it('shows beside each agreement of the monitor\'s year its latest status', () => {
    const result = runCli(['diff', 'agreements/harderwijk/2024.ts', '--format', 'html', '--monitor', 'agreements/harderwijk/monitor-2024.ts']);
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    const rows = [...result.stdout.matchAll(/<tr id="afspraak-([a-z0-9-]+)"[^>]*>(.*?)<\/tr>/gs)].map((m) => ({ id: m[1]!, html: m[2]! }));
    const current = rows.filter((r) => jaarschijfIds().includes(r.id));
    expect(current).toHaveLength(87);
    for (const row of current) {
      expect(row.html, row.id).toContain(`<p class="note"><strong>Stand Bestuurlijk overleg najaar 2024: ${latest.statuses.get(row.id)!.status}</strong></p>`);
    }
    // Last year's dropped agreements have no status in this year's monitor.
    for (const row of rows.filter((r) => !jaarschijfIds().includes(r.id))) expect(row.html).not.toContain('Stand Bestuurlijk');

    // The Markdown report is the same document: the status stands under each id.
    const md = runCli(['diff', 'agreements/harderwijk/2024.ts', '--format', 'md', '--monitor', 'agreements/harderwijk/monitor-2024.ts']);
    expect(md.status).toBe(0);
    const mdRows = md.stdout.split('\n').filter((l) => /^\| \*\*[a-z]+-\d+\*\*/.test(l));
    for (const id of jaarschijfIds()) {
      const line = mdRows.find((l) => l.startsWith(`| **${id}**<br>`));
      expect(line, id).toContain(`<small>**Stand Bestuurlijk overleg najaar 2024: ${latest.statuses.get(id)!.status}**</small>`);
    }
  });

  it('is for the report only (html, md, pdf), not the terminal text or the Word redline', () => {
    for (const format of ['text', 'docx']) {
      const result = runCli(['diff', 'agreements/harderwijk/2024.ts', '--format', format, '--monitor', 'agreements/harderwijk/monitor-2024.ts']);
      expect(result.status, format).toBe(1);
      expect(result.stderr, format).toContain('jaarschijf: --monitor toont de stand in het rapport: gebruik --format html, md of pdf');
    }
  });
});

/** As the draft quotes a text: one line, at most 90 characters. */
function clip(text: string): string {
  const one = text.replace(/\s+/g, ' ');
  return one.length > 90 ? `${one.slice(0, 87)}...` : one;
}
