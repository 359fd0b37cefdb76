/**
 * `jaarschijf monitor`: the JSON contract against the monitor source (read
 * independently, as text), the terminal and Markdown outputs, and the
 * source's problems as messages with their line, all at once.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { repoRoot, runCli } from './helpers/cli.js';
import { exampleCopy } from './helpers/fixture.js';
import { jaarschijfIds, readMonitorSource } from './helpers/monitorSource.js';

const statusWords = ['gereed', 'op schema', 'vertraagd', 'niet gestart', 'vervallen'];

interface Json {
  jaarschijf: { year: number; file: string };
  rounds: { name: string; date: string }[];
  agreements: { id: string; theme: string; number: number; statuses: { round: string; status: string; toelichting: string | null }[]; latest: { status: string } | null }[];
  summary: { round: string; total: number; counts: Record<string, number>; unreported: number; themes: { theme: string; total: number; counts: Record<string, number> }[] };
  nieuwbouw: {
    perYear: { year: number; realised: number; planned: number; total: number; byCorporation: Record<string, number> }[];
    cumulative: { year: number; realised: number; total: number; targetMin: number; targetMax: number }[];
    target: { from: number; to: number; min: number; max: number; afspraak: string };
    split: { afspraak: string; corporations: { corporation: string; agreed: number; homes: number; share: number; realised: number }[] };
    totals: { realised: number; total: number; position: string };
  };
  title: string;
  illustration: boolean;
}

const result = runCli(['monitor', 'agreements/harderwijk/monitor-2024.ts', '--format', 'json']);
const json = JSON.parse(result.stdout || '{}') as Json;
const source = readMonitorSource();

describe('jaarschijf monitor --format json', () => {
  it('follows the documented contract: jaarschijf, rounds, agreements, summary, nieuwbouw first', () => {
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    expect(Object.keys(json).slice(0, 5)).toEqual(['jaarschijf', 'rounds', 'agreements', 'summary', 'nieuwbouw']);
    expect(Object.keys(json.agreements[0]!).slice(0, 3)).toEqual(['id', 'theme', 'statuses']);
    expect(Object.keys(json.agreements[0]!.statuses[0]!)).toEqual(['round', 'status', 'toelichting']);
    expect(Object.keys(json.nieuwbouw).slice(0, 4)).toEqual(['perYear', 'cumulative', 'target', 'split']);
    expect(json.jaarschijf).toMatchObject({ year: 2024, file: 'agreements/harderwijk/2024.ts' });
  });

  it('has the rounds and every status and toelichting of the source, for every agreement of the jaarschijf', () => {
    expect(json.rounds).toEqual(source.rounds.map((r) => ({ name: r.name, date: r.date })));
    expect(json.agreements.map((a) => a.id)).toEqual(jaarschijfIds());
    let compared = 0;
    for (const a of json.agreements) {
      const expected = source.rounds.flatMap((r) => {
        const s = r.statuses.get(a.id);
        return s ? [{ round: r.name, status: s.status, toelichting: s.toelichting }] : [];
      });
      expect(a.statuses, a.id).toEqual(expected);
      compared += expected.length;
    }
    expect(compared).toBe(2 * 87);
  });

  it('counts the latest statuses per theme and in all, as the source gives them', () => {
    const latest = source.rounds.at(-1)!;
    expect(json.summary.round).toBe(latest.name);
    for (const word of statusWords) {
      expect(json.summary.counts[word], word).toBe([...latest.statuses.values()].filter((s) => s.status === word).length);
    }
    expect(json.summary.total).toBe(87);
    expect(json.summary.unreported).toBe(0);
    for (const theme of json.summary.themes) {
      const own = json.agreements.filter((a) => a.theme === theme.theme);
      expect(theme.total).toBe(own.length);
      for (const word of statusWords) expect(theme.counts[word]).toBe(own.filter((a) => a.latest?.status === word).length);
    }
  });

  it('sums the nieuwbouw projects per year, cumulatively and per corporation, against the target and split of the source', () => {
    const n = json.nieuwbouw;
    expect(n.target).toMatchObject({ ...source.target, afspraak: 'pro-03' });
    expect(n.split.afspraak).toBe('pro-02');
    expect(Object.fromEntries(n.split.corporations.map((c) => [c.corporation, c.agreed]))).toEqual(source.shares);
    expect(n.perYear.map((y) => y.year)).toEqual(Array.from({ length: 11 }, (_, i) => 2020 + i));
    let total = 0;
    let realised = 0;
    n.perYear.forEach((y, i) => {
      const here = source.projects.filter((p) => p.year === y.year);
      const sum = here.reduce((a, p) => a + p.homes, 0);
      const done = here.filter((p) => p.phase === 'opgeleverd').reduce((a, p) => a + p.homes, 0);
      expect(y.total, String(y.year)).toBe(sum);
      expect(y.realised, String(y.year)).toBe(done);
      expect(y.planned).toBe(sum - done);
      total += sum;
      realised += done;
      expect(n.cumulative[i]).toMatchObject({ year: y.year, total, realised });
    });
    // The band runs pro rata from the first year to the target in the last.
    expect(n.cumulative.at(-1)).toMatchObject({ targetMin: source.target.min, targetMax: source.target.max });
    expect(n.totals).toEqual({ realised, planned: total - realised, total, position: total < source.target.min ? 'below' : total > source.target.max ? 'above' : 'within' });
    for (const c of n.split.corporations) {
      const own = source.projects.filter((p) => p.corporation === c.corporation);
      expect(c.homes).toBe(own.reduce((a, p) => a + p.homes, 0));
      expect(c.share).toBe(Math.round((c.homes / total) * 1000) / 10);
    }
  });

  it('says it is an illustration', () => {
    expect(json.illustration).toBe(true);
    expect(json.title).toMatch(/^Voorbeeld: /);
  });
});

describe('jaarschijf monitor --format text and md', () => {
  it('prints, in Dutch, the summary and per agreement its status in every overleg', () => {
    const text = runCli(['monitor', 'agreements/harderwijk/monitor-2024.ts']);
    expect(text.stderr).toBe('');
    expect(text.status).toBe(0);
    expect(text.stdout).toContain('Voorbeeld: de standen, toelichtingen en projecten in dit document zijn verzonnen');
    expect(text.stdout).toContain('Stand na het Bestuurlijk overleg najaar 2024 (14 november 2024): van de 87 afspraken zijn er 19 gereed, 53 op schema, 9 vertraagd, 4 niet gestart en 2 vervallen.');
    for (const a of json.agreements) {
      const words = a.statuses.map((s) => s.status.replace(' ', '\\s'));
      expect(text.stdout, a.id).toMatch(new RegExp(`^  ${a.id}\\s+${words.join('\\s+')}\\s`, 'm'));
    }
    expect(text.stdout).toContain('Nieuwbouwmonitor');
    expect(text.stdout).not.toMatch(/\u001b\[/);
  });

  it('writes Markdown with a table per theme and each chart as its description and data', () => {
    const md = runCli(['monitor', 'agreements/harderwijk/monitor-2024.ts', '--format', 'md']);
    expect(md.stderr).toBe('');
    expect(md.stdout).toMatch(/^> \*\*VOORBEELD\*\*\n\n# Voorbeeld: voortgangsmonitor/);
    expect(md.stdout).toContain('**Voorbeeld: de standen, toelichtingen en projecten');
    expect(md.stdout).toContain('\n## 1. Thema Beschikbaarheid\n');
    expect(md.stdout).toContain('| 1. | De gemeente stelt in 2024 een volkshuisvestelijk programma vast en betreft hierbij woningcorporaties en huurdersorganisaties. | **op schema** | **vertraagd** |');
    expect(md.stdout).toContain('**Figuur 3. Opgeteld sinds 2020, tegen de bandbreedte van het doel (1.000 tot 1.300 in 2030)**');
    expect(md.stdout.match(/^\| .* \|$/gm)!.length).toBeGreaterThan(87 + 30);
  });
});

describe('problems in a monitor', () => {
  it('an unknown agreement id, a status outside the vocabulary, a shares total and a jaarschijf mistake: all at once, with their lines', () => {
    const copy = exampleCopy();
    copy.edit('monitor-2024.ts', "'bes-09': 'gereed',", "'bes-99': 'gereed',");
    copy.edit('monitor-2024.ts', "'lee-04': 'gereed',", "'lee-04': 'klaar',");
    copy.edit('monitor-2024.ts', 'shares: { uwoon: 60,', 'shares: { uwoon: 65,');
    copy.edit('2024.ts', "kader: 'uitvoeringsagenda'", "kader: 'uitvoeringsagendaa'");
    const out = join(copy.dir, 'monitor.pdf');
    const result = runCli(['monitor', 'monitor-2024.ts', '--format', 'pdf', '-o', out], { cwd: copy.dir });
    expect(result.status).toBe(1);
    const text = readFileSync(join(copy.dir, 'monitor-2024.ts'), 'utf8').split('\n');
    const lineOf = (needle: string) => text.findIndex((l) => l.includes(needle)) + 1;
    const lines = result.stderr.trim().split('\n');
    expect(lines).toContain(`monitor-2024.ts:${lineOf("'bes-99'")}:9: Bestuurlijk overleg najaar 2024, afspraak bes-99: de jaarschijf 2024 (2024.ts) heeft geen afspraak "bes-99" — bedoelde u "bes-09"?`);
    expect(lines).toContain(`monitor-2024.ts:${lineOf("'lee-04': 'klaar'")}:9: Bestuurlijk overleg najaar 2024, afspraak lee-04: een stand is "gereed", "op schema", "vertraagd", "niet gestart", "vervallen", of { status, toelichting }`);
    expect(lines.some((l) => new RegExp(`^monitor-2024\\.ts:${lineOf('shares:')}:\\d+: nieuwbouw: split\\.shares: de aandelen tellen op tot 105 procent, niet tot 100$`).test(l))).toBe(true);
    expect(lines.some((l) => /^2024\.ts:\d+:\d+: thema Beschikbaarheid, afspraak bes-01: kader: .*uitvoeringsagendaa/.test(l))).toBe(true);
    expect(lines.at(-1)).toBe(`${lines.length - 1} problemen gevonden.`);
    expect(result.stderr).not.toMatch(/\bat .*\.js:\d+/);
    expect(existsSync(out)).toBe(false);
  });

  it('an agreement without a status in the latest overleg is a warning: the output is still made', () => {
    const copy = exampleCopy();
    copy.edit('monitor-2024.ts', "'lee-11': 'gereed',", '');
    const result = runCli(['monitor', 'monitor-2024.ts', '--format', 'json'], { cwd: copy.dir });
    expect(result.status).toBe(0);
    expect(result.stderr).toMatch(/^monitor-2024\.ts:\d+:\d+: Bestuurlijk overleg najaar 2024: statuses: afspraak lee-11 heeft geen stand in het laatste overleg \(Bestuurlijk overleg najaar 2024\)$/m);
    const report = JSON.parse(result.stdout) as Json;
    expect(report.summary.unreported).toBe(1);
    expect(report.agreements.find((a) => a.id === 'lee-11')!.latest).toBeNull();
  });

  it('a delivered project in the future, and a date in the wrong year, are errors', () => {
    const copy = exampleCopy();
    copy.edit('monitor-2024.ts', "homes: 90, phase: 'initiatief', year: 2028", "homes: 90, phase: 'opgeleverd', year: 2028");
    copy.edit('monitor-2024.ts', "date: '2024-05-23'", "date: '2023-05-23'");
    const result = runCli(['monitor', 'monitor-2024.ts'], { cwd: copy.dir });
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('nieuwbouw, project Stationsgebied, tweede fase: year: opgeleverd in 2028, maar het laatste overleg is in 2024');
    expect(result.stderr).toContain('Bestuurlijk overleg voorjaar 2024: date: een overleg over de jaarschijf 2024 valt in 2024 of 2025, niet in 2023');
  });

  it('a jaarschijf given as monitor is named for what it is', () => {
    const result = runCli(['monitor', 'agreements/harderwijk/2024.ts']);
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('agreements/harderwijk/2024.ts: de standaardexport is een jaarschijf, geen monitor (een monitor schrijft `export default defineMonitor(jaarschijf, { rounds: [...] })`');
  });

  it('check validates a monitor as it does a jaarschijf', () => {
    const result = runCli(['check', 'agreements/harderwijk/monitor-2024.ts']);
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    expect(result.stdout).toContain('agreements/harderwijk/monitor-2024.ts: monitor van jaarschijf 2024 (agreements/harderwijk/2024.ts) is in orde (een voorbeeld)');
    const copy = exampleCopy();
    copy.edit('monitor-2024.ts', "'lee-11': 'gereed',", '');
    const strict = runCli(['check', '--strict', 'monitor-2024.ts'], { cwd: copy.dir });
    expect(strict.stdout).toContain('afspraak lee-11 heeft geen stand in het laatste overleg');
    expect(strict.status).toBe(1);
  });

  it('runs in the same sandbox as every source: no imports of Node, no process, a time limit; nothing written', () => {
    const copy = exampleCopy();
    const out = join(copy.dir, 'monitor.json');
    const source = readFileSync(join(copy.dir, 'monitor-2024.ts'), 'utf8');
    const line = source.split('\n').findIndex((l) => l.startsWith('export default defineMonitor')) + 1;
    copy.write('monitor-2024.ts', `import { readFileSync } from 'node:fs';\n${source}`);
    const imported = runCli(['monitor', 'monitor-2024.ts', '--format', 'json', '-o', out], { cwd: copy.dir });
    expect(imported.status).toBe(1);
    expect(imported.stderr).toMatch(/^monitor-2024\.ts:1:\d+: import "node:fs" is niet toegestaan/m);
    copy.write('monitor-2024.ts', source.replace('export default defineMonitor', 'process.exit(0);\nexport default defineMonitor'));
    const exited = runCli(['monitor', 'monitor-2024.ts', '--format', 'json', '-o', out], { cwd: copy.dir });
    expect(exited.status).toBe(1);
    expect(exited.stderr).toMatch(new RegExp(`^monitor-2024\\.ts:${line}:\\d+: de bron faalt bij het uitvoeren: process bestaat niet in een bron`, 'm'));
    copy.write('monitor-2024.ts', source.replace('export default defineMonitor', 'while (true) {}\nexport default defineMonitor'));
    const endless = runCli(['monitor', 'monitor-2024.ts', '--format', 'json', '-o', out], { cwd: copy.dir, env: { JAARSCHIJF_TIME_LIMIT: '1' } });
    expect(endless.status).toBe(1);
    expect(endless.stderr).toMatch(/^monitor-2024\.ts:\d+:\d+: de bron is niet binnen 1 s klaar/m);
    expect(existsSync(out)).toBe(false);
  });

  it('a usage mistake says so in Dutch', () => {
    const result = runCli(['monitor', 'agreements/harderwijk/monitor-2024.ts', '--format', 'pdf,docx']);
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/^jaarschijf: noem één formaat: text, json, md, html, docx, pdf\nGebruik: jaarschijf monitor /);
  });
});

describe('the monitor stage', () => {
  it('is plain data and document sections: src/monitor imports nothing from src/render', () => {
    const dir = join(repoRoot, 'src/monitor');
    const files = readdirSync(dir).filter((f) => f.endsWith('.ts'));
    expect(files.length).toBeGreaterThan(5);
    for (const f of files) expect(readFileSync(join(dir, f), 'utf8'), f).not.toMatch(/from '\.\.\/render\//);
  });
});
