/**
 * The coverage analysis itself: cross-reference detection (pure), and
 * computeCoverage on the bundled example and on copies changed to make a
 * kaderafspraak covered, uncovered, cross-referenced, or served from an
 * 'afspraken' theme.
 */
import { describe, expect, it } from 'vitest';
import { computeCoverage, type CoverageReport } from '../src/coverage/computeCoverage.js';
import { crossReference, type ThemeName } from '../src/coverage/crossReference.js';
import { formatCoverageText } from '../src/coverage/formatCoverageText.js';
import { rowRanges } from '../src/coverage/rowRanges.js';
import { wantsColor } from '../src/output/terminalStyle.js';
import { loadJaarschijf } from '../src/sources/loadJaarschijf.js';
import { exampleCopy } from './helpers/fixture.js';

const example = computeCoverage(await loadJaarschijf('agreements/harderwijk/2024.ts'));

const themes: ThemeName[] = [
  { id: 'beschikbaarheid', title: 'Beschikbaarheid', number: 1 },
  { id: 'duurzaamheid', title: 'Duurzaamheid en kwaliteit', number: 3 },
  { id: 'productieafspraken', title: 'productieafspraken', number: 7 },
];

describe('crossReference', () => {
  it('recognises a whole text that points to another theme, by title, id or number', () => {
    expect(crossReference('Zie productieafspraken.', themes, 'duurzaamheid')).toBe('productieafspraken');
    expect(crossReference('zie  Productieafspraken', themes, 'duurzaamheid')).toBe('productieafspraken');
    expect(crossReference('Zie thema 7.', themes, 'duurzaamheid')).toBe('productieafspraken');
    expect(crossReference('Zie het thema Duurzaamheid en kwaliteit.', themes, 'beschikbaarheid')).toBe('duurzaamheid');
    expect(crossReference('Zie thema duurzaamheid.', themes, 'beschikbaarheid')).toBe('duurzaamheid');
  });

  it('is no reference when the text says more, names no theme, or names its own theme', () => {
    expect(crossReference('Zie productieafspraken. Daarnaast bouwen we 40 woningen.', themes, 'duurzaamheid')).toBeUndefined();
    expect(crossReference('Zie de woonvisie.', themes, 'duurzaamheid')).toBeUndefined();
    expect(crossReference('Zie thema 9.', themes, 'duurzaamheid')).toBeUndefined();
    expect(crossReference('Zie duurzaamheid en kwaliteit.', themes, 'duurzaamheid')).toBeUndefined();
    expect(crossReference('We zien productieafspraken als leidend.', themes, 'duurzaamheid')).toBeUndefined();
  });
});

describe('computeCoverage on the bundled 2024 example', () => {
  const report = example;
  const kader = (id: string) => report.kaderafspraken.find((k) => k.id === id)!;

  it('counts every kaderafspraak of the raamovereenkomst once', () => {
    expect(report.summary).toEqual({ total: 53, covered: 47, uncovered: 6, byReference: 2 });
    expect(new Set(report.kaderafspraken.map((k) => k.id)).size).toBe(53);
  });

  it('covered: the jaarafspraken serving it, with the rows the document shows them in', () => {
    expect(kader('realisatie-1000-woningen')).toMatchObject({ covered: true, afspraken: ['bes-02', 'bes-03', 'bes-04', 'bes-05'], row: 2 });
    expect(kader('realisatie-1000-woningen').serving.map((s) => s.row)).toEqual([2, 3, 4, 5]);
  });

  it('uncovered: no jaarafspraak, with the row its empty cell stands in', () => {
    expect(kader('buffercapaciteit-azc')).toMatchObject({ covered: false, afspraken: [], row: 5, serving: [], references: [] });
    expect(kader('subsidiemogelijkheden')).toMatchObject({ covered: false, row: 13 });
  });

  it('cross-referenced: "Zie productieafspraken." covers, marked as a reference to theme 7', () => {
    expect(kader('plannen-sloop-renovatie')).toMatchObject({
      covered: true,
      afspraken: ['duu-09'],
      references: [{ afspraak: 'duu-09', theme: 'productieafspraken' }],
      serving: [{ afspraak: 'duu-09', theme: 'duurzaamheid', row: 9, reference: 'productieafspraken' }],
    });
    expect(kader('convenant-duurzaamheid').references).toEqual([]);
  });

  it('an empty row never covers: Housing First is covered by the row under it (row 11), not the empty row 10', () => {
    expect(kader('housing-first')).toMatchObject({ covered: true, afspraken: ['woz-11'], row: 10 });
    expect(kader('housing-first').serving).toEqual([{ afspraak: 'woz-11', theme: 'zorg', row: 11 }]);
  });
});

describe('computeCoverage on changed copies', () => {
  async function coverageOf(edit: (copy: ReturnType<typeof exampleCopy>) => void): Promise<CoverageReport> {
    const copy = exampleCopy();
    edit(copy);
    return computeCoverage(await loadJaarschijf(`${copy.dir}/2024.ts`));
  }
  const find = (r: CoverageReport, id: string) => r.kaderafspraken.find((k) => k.id === id)!;

  it('a kaderafspraak whose only jaarafspraak is removed becomes uncovered', async () => {
    const r = await coverageOf((c) => c.edit('2024.ts', /\{ id: 'bes-01'[^\n]*\n/, ''));
    expect(find(r, 'uitvoeringsagenda')).toMatchObject({ covered: false, afspraken: [] });
    expect(r.summary.uncovered).toBe(7);
  });

  it('a kaderafspraak left with only its empty row is uncovered', async () => {
    const r = await coverageOf((c) => c.edit('2024.ts', /\{ id: 'woz-11'[^\n]*\n/, ''));
    expect(find(r, 'housing-first')).toMatchObject({ covered: false, afspraken: [] });
  });

  it('"Zie thema 7." is a reference too; "Zie" naming no theme is an ordinary jaarafspraak', async () => {
    const r = await coverageOf((c) => {
      c.edit('2024.ts', /(id: 'bes-01', kader: 'uitvoeringsagenda', text: )"[^"]*"/, '$1"Zie thema 7."');
      c.edit('2024.ts', /(id: 'bes-17', kader: 'voorrang-verkoop-corporatiewoning', text: )"[^"]*"/, '$1"Zie de verkoopregeling."');
    });
    expect(find(r, 'uitvoeringsagenda').references).toEqual([{ afspraak: 'bes-01', theme: 'productieafspraken' }]);
    expect(find(r, 'voorrang-verkoop-corporatiewoning')).toMatchObject({ covered: true, references: [] });
    expect(r.summary.byReference).toBe(3);
  });

  it("a jaarafspraak of an 'afspraken' theme with a kader covers it, with its theme and row", async () => {
    const r = await coverageOf((c) => c.edit('2024.ts', "{ id: 'pro-03', text:", "{ id: 'pro-03', kader: 'buffercapaciteit-azc', text:"));
    expect(find(r, 'buffercapaciteit-azc')).toMatchObject({ covered: true, afspraken: ['pro-03'], serving: [{ afspraak: 'pro-03', theme: 'productieafspraken', row: 3 }] });
    const text = formatCoverageText(r, { color: false });
    expect(text).toContain('✓ buffercapaciteit-azc: pro-03 (thema 7 (productieafspraken), rij 3)');
  });

  it('a theme the jaarschijf leaves out: its kaderafspraken are uncovered, without a row', async () => {
    const r = await coverageOf((c) => c.edit('2024.ts', /\n    leefbaarheid: \{[\s\S]*?\n    \},/, ''));
    const leefbaarheid = r.kaderafspraken.filter((k) => k.theme === 'leefbaarheid');
    expect(leefbaarheid.map((k) => [k.covered, k.row])).toEqual(leefbaarheid.map(() => [false, null]));
    expect(r.themes.find((t) => t.id === 'leefbaarheid')).toEqual({ id: 'leefbaarheid', title: 'Leefbaarheid', inRaamovereenkomst: true });
    expect(r.themes.find((t) => t.id === 'samenwerking')!.number).toBe(5);
    expect(formatCoverageText(r, { color: false })).toContain('\nLeefbaarheid: 0 van 5 gedekt\n');
  });
});

describe('terminal colour', () => {
  it('is an injected decision: ANSI codes only when asked', () => {
    const plain = formatCoverageText(example, { color: false });
    const coloured = formatCoverageText(example, { color: true });
    expect(plain).not.toMatch(/\u001b\[/);
    expect(coloured).toMatch(/\u001b\[31m✗\u001b\[39m/);
    expect(coloured.replace(/\u001b\[\d+m/g, '')).toBe(plain);
  });

  it('follows the terminal, NO_COLOR and FORCE_COLOR', () => {
    expect(wantsColor({ isTTY: true }, {})).toBe(true);
    expect(wantsColor({ isTTY: false }, {})).toBe(false);
    expect(wantsColor({ isTTY: true }, { NO_COLOR: '1' })).toBe(false);
    expect(wantsColor({ isTTY: true }, { NO_COLOR: '' })).toBe(true);
    expect(wantsColor({ isTTY: false }, { FORCE_COLOR: '1' })).toBe(true);
    expect(wantsColor({ isTTY: false }, { FORCE_COLOR: '1', NO_COLOR: '1' })).toBe(false);
  });

  it('wraps texts to the terminal width when it is known', () => {
    const lines = formatCoverageText(example, { color: false, width: 60 }).split('\n');
    const long = lines.filter((l) => l.startsWith('        ') && l.length > 60);
    expect(long).toEqual([]);
    expect(lines).toContain('        Huisvesting van arbeidsmigranten met een permanente');
  });
});

describe('rowRanges', () => {
  it('joins consecutive rows into ranges', () => {
    expect(rowRanges([1])).toBe('1');
    expect(rowRanges([2, 3, 4, 7, 9, 10])).toBe('2-4, 7, 9-10');
  });
});
