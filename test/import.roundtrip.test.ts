/**
 * `jaarschijf import` on real Word documents: the bundled example rendered to
 * Word, imported, checked and rendered again gives the same tables row by row
 * and the same signing block; the same after LibreOffice has opened and saved
 * the file; and trekker, gereed, links, lists and marks come back as fields
 * and Markdown.
 */
import { randomUUID } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isJaarafspraak, type Jaarafspraak } from '../src/model/schema.js';
import { loadJaarschijf, type LoadedJaarschijf } from '../src/sources/loadJaarschijf.js';
import { repoRoot, runCli } from './helpers/cli.js';
import { partText, unzipDocx } from './helpers/docx.js';
import { exampleCopy } from './helpers/fixture.js';
import { hasTool, run } from './helpers/tools.js';
import { typecheckDir } from './helpers/typecheck.js';
import { agreementRows, signingTexts, tableRows } from './helpers/wordTables.js';

const example = join(repoRoot, 'agreements/harderwijk/2024.ts');

/** Render a source to Word in a folder; the .docx's path. */
function renderDocx(source: string, dir: string): string {
  const result = runCli(['render', source, '--format', 'docx', '-o', dir]);
  expect(result.stderr).toBe('');
  expect(result.status).toBe(0);
  return join(dir, result.stdout.trim().split('\n')[0]!.split('/').pop()!);
}

function afspraken(loaded: LoadedJaarschijf): Jaarafspraak[] {
  return Object.values(loaded.jaarschijf.themes).flatMap((t) => t.afspraken.filter(isJaarafspraak));
}

/** Texts and fields as a reader sees them: parsed Markdown, not its spelling. */
function shown(loaded: LoadedJaarschijf) {
  return afspraken(loaded).map((a) => ({
    text: loaded.rich(a.text),
    toelichting: a.toelichting ? loaded.rich(a.toelichting) : undefined,
    trekker: a.trekker,
    gereed: a.gereed,
  }));
}

/** Import a Word file into a new folder and render the result: both documents' paths and the CLI's output. */
function importAndRender(docx: string, dir: string) {
  const out = join(dir, 'imported');
  const imported = runCli(['import', docx, '-o', out]);
  const rendered = imported.status === 0 ? renderDocx(join(out, '2024.ts'), join(dir, 'rendered')) : '';
  return { out, imported, rendered };
}

describe('import of the example rendered to Word', () => {
  const dir = mkdtempSync(join(tmpdir(), 'jaarschijf-import-'));
  let original: string;
  let result: ReturnType<typeof importAndRender>;

  beforeAll(() => {
    original = renderDocx(example, join(dir, 'original'));
    result = importAndRender(original, dir);
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('writes raamovereenkomst.ts, 2024.ts, 2023.ts and a placeholder logo per party, without a warning', () => {
    expect(result.imported.stderr).toBe('');
    expect(result.imported.status).toBe(0);
    expect(readdirSync(result.out).sort()).toEqual(['2023.ts', '2024.ts', 'logos', 'raamovereenkomst.ts', 'tsconfig.json']);
    expect(readdirSync(join(result.out, 'logos')).sort()).toEqual(['harderwijk.svg', 'omnia-wonen.svg', 'show.svg', 'uwoon.svg', 'woonwijs.svg']);
    expect(readFileSync(join(result.out, 'logos/uwoon.svg'), 'utf8')).toMatch(/VOORLOPIG LOGO[\s\S]*>Uwoon</);
    expect(result.imported.stdout).toContain('jaarschijf 2024, 7 thema\'s, 94 rijen, 87 jaarafspraken, 1 lege rij, ondertekend door 5 ondertekenaars');
    expect(result.imported.stdout).toContain('Alle tekst van het document staat in de bronnen.');
  });

  it('passes check, and tsc, as written', () => {
    const checked = runCli(['check', join(result.out, '2024.ts')]);
    expect(checked.stderr).toBe('');
    expect(checked.status).toBe(0);
    expect(checked.stdout).toContain('ondertekening: Harderwijk, 12 december 2023 (5 ondertekenaars)');
    const typed = typecheckDir(result.out);
    expect(typed.output).toBe('');
    expect(typed.status).toBe(0);
  });

  it('renders to the same cell texts, row by row, in all 94 rows and every table', () => {
    const before = agreementRows(original);
    const after = agreementRows(result.rendered);
    expect(before).toHaveLength(94);
    expect(after).toEqual(before);
    // The header rows too, and the signature table.
    expect(tableRows(result.rendered)).toEqual(tableRows(original));
  });

  it('renders the same signing block', () => {
    const before = signingTexts(original);
    expect(before[0]).toBe('Harderwijk, 12 december 2023');
    expect(before).toContain('E. Enklaar, wethouder gemeente Harderwijk');
    expect(signingTexts(result.rendered)).toEqual(before);
  });

  it('reads the same agreements, parties and raamovereenkomst as the bundled sources', async () => {
    const bundled = await loadJaarschijf(example);
    const imported = await loadJaarschijf(join(result.out, '2024.ts'));
    expect(shown(imported)).toEqual(shown(bundled));
    expect(shown(imported.previous!)).toEqual(shown(bundled.previous!));
    expect(imported.jaarschijf.introduction).toBe(bundled.jaarschijf.introduction);
    expect(imported.jaarschijf.signing).toEqual(bundled.jaarschijf.signing);
    // Nothing to review: the imported jaarschijf is as ready to sign as the bundled one.
    expect(imported.jaarschijf.review).toBeUndefined();
    const parties = (l: LoadedJaarschijf) => Object.values(l.raamovereenkomst.parties).map(({ name, shortName, kind }) => ({ name, shortName, kind }));
    expect(parties(imported)).toEqual(parties(bundled));
    const kaders = (l: LoadedJaarschijf) => Object.values(l.raamovereenkomst.themes).map((t) => [t.title, Object.values(t.doelstellingen).map((d) => [d.text, Object.values(d.kaderafspraken)])]);
    expect(kaders(imported)).toEqual(kaders(bundled));
    expect(imported.raamovereenkomst.title).toBe('Raamovereenkomst sociale huur 2022-2026');
    expect(imported.raamovereenkomst.period).toEqual({ from: 2022, to: 2026 });
  });

  it('gives readable ids: themes and kaderafspraken from their texts, agreements by theme and row', () => {
    const source = readFileSync(join(result.out, '2024.ts'), 'utf8');
    expect(source).toContain("{ id: 'bes-01', kader: 'gemeente-actualiseert-uitvoeringsagenda', text: 'De gemeente stelt in 2024");
    expect(source).toContain("{ kader: 'continueren-afspraken-rond', emptyRow: true },");
    expect(source).toMatch(/^ {4}productieafspraken: \{\n {6}layout: 'afspraken',\n {6}title: 'productieafspraken',/m);
    // A row with both years keeps one id in both files, so the documents line them up.
    expect(readFileSync(join(result.out, '2023.ts'), 'utf8')).toContain("{ id: 'bes-01', kader: 'gemeente-actualiseert-uitvoeringsagenda', text: 'In 2023 start");
  });

  it('does not overwrite what it wrote without --force, and does with it', () => {
    const file = join(result.out, '2024.ts');
    const before = readFileSync(file, 'utf8');
    const again = runCli(['import', original, '-o', result.out]);
    expect(again.status).toBe(1);
    expect(again.stderr).toMatch(/2024\.ts: bestaat al en wordt niet overschreven \(gebruik --force om het te vervangen\); er is niets geschreven/);
    expect(again.stderr).toMatch(/raamovereenkomst\.ts: bestaat al/);
    expect(again.stdout).toBe('');
    const forced = runCli(['import', original, '-o', result.out, '--force']);
    expect(forced.status).toBe(0);
    expect(readFileSync(file, 'utf8')).toBe(before);
  });
});

describe('import of agreements with trekker, gereed, links, lists and marks', () => {
  const copy = exampleCopy();
  copy.edit(
    '2024.ts',
    /\{ id: 'bes-01', kader: 'uitvoeringsagenda', text: "[^"]*" \}/,
    `{ id: 'bes-01', kader: 'uitvoeringsagenda', text: "De gemeente stelt in 2024 een **volkshuisvestelijk programma** vast en betreft *woningcorporaties* en [huurders](https://www.woonwijs.nl/over-ons).", trekker: ['harderwijk', 'woonwijs'], gereed: 'Q2 2024' }`,
  );
  copy.edit('2024.ts', `{ id: 'bes-03', kader: 'realisatie-1000-woningen', text: "`, `{ id: 'bes-03', kader: 'realisatie-1000-woningen', trekker: ['woningcorporaties'], text: "Zo doen we dat:\\n\\n- een *punt*;\\n- 1\\\\. nog een\\n\\n`);
  copy.edit(
    '2024.ts',
    /\{ id: 'bes-04', kader: 'realisatie-1000-woningen', text: "[^"]*" \}/,
    `{ id: 'bes-04', kader: 'realisatie-1000-woningen', text: "Over grondprijzen: 5 * 3 = 15, a_b en \\\\<geen> [haken] #1 & \\\\\\\\ meer.", gereed: 'december 2024' }`,
  );
  const dir = mkdtempSync(join(tmpdir(), 'jaarschijf-import-marks-'));
  let original: string;
  let result: ReturnType<typeof importAndRender>;

  beforeAll(() => {
    original = renderDocx(join(copy.dir, '2024.ts'), join(dir, 'original'));
    result = importAndRender(original, dir);
  });
  afterAll(() => {
    rmSync(dir, { recursive: true, force: true });
    rmSync(copy.dir, { recursive: true, force: true });
  });

  it('reads the trekker and gereed lines back into fields, and the texts with their marks', async () => {
    expect(result.imported.stderr).toBe('');
    expect(result.imported.status).toBe(0);
    const bundled = await loadJaarschijf(join(copy.dir, '2024.ts'));
    const imported = await loadJaarschijf(join(result.out, '2024.ts'));
    expect(shown(imported)).toEqual(shown(bundled));
    const byId = new Map(afspraken(imported).map((a) => [a.id, a]));
    expect(byId.get('bes-01')).toMatchObject({ trekker: ['harderwijk', 'woonwijs'], gereed: 'Q2 2024' });
    expect(byId.get('bes-01')!.text).toBe('De gemeente stelt in 2024 een **volkshuisvestelijk programma** vast en betreft *woningcorporaties* en [huurders](https://www.woonwijs.nl/over-ons).');
    expect(byId.get('bes-03')!.text).toMatch(/^Zo doen we dat:\n\n- een \*punt\*;\n- 1\\\. nog een\n\n/);
    expect(byId.get('bes-04')).toMatchObject({ gereed: 'december 2024' });
  });

  it('renders to the same cell texts, row by row', () => {
    expect(agreementRows(result.rendered)).toEqual(agreementRows(original));
  });
});

describe('import of a draft (no signing block, no previous year)', () => {
  const dir = mkdtempSync(join(tmpdir(), 'jaarschijf-import-draft-'));
  let imported: ReturnType<typeof runCli>;
  const out = join(dir, 'harderwijk');

  beforeAll(() => {
    const original = renderDocx(join(repoRoot, 'agreements/harderwijk/2023.ts'), join(dir, 'original'));
    imported = runCli(['import', original, '-o', out]);
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('takes the parties from the logos in the page header, and says which kind it could not tell', async () => {
    expect(imported.status).toBe(0);
    expect(readdirSync(out).sort()).toEqual(['2023.ts', 'logos', 'raamovereenkomst.ts', 'tsconfig.json']);
    expect(imported.stdout).toContain('zonder ondertekening (CONCEPT)');
    expect(imported.stderr.trim().split('\n')).toEqual([
      expect.stringMatching(/harderwijk-2023\.docx: partijen: van partij "Stichting Uwoon" staat niet vast of het een gemeente, woningcorporatie of huurdersorganisatie is; als woningcorporatie opgenomen/),
    ]);
    const loaded = await loadJaarschijf(join(out, '2023.ts'));
    expect(Object.values(loaded.raamovereenkomst.parties).map((p) => [p.name, p.kind])).toEqual([
      ['gemeente Harderwijk', 'gemeente'],
      ['Stichting Uwoon', 'woningcorporatie'],
      ['Stichting Omnia Wonen', 'woningcorporatie'],
      ['Stichting Huurdersraad Woonwijs', 'huurdersorganisatie'],
      ['Stichting Huurdersorganisatie Omnia Wonen (SHOW)', 'huurdersorganisatie'],
    ]);
    expect(loaded.jaarschijf.signing).toBeUndefined();
    expect(loaded.jaarschijf.review).toEqual([expect.stringMatching(/^partijen: van partij "Stichting Uwoon" staat niet vast/)]);
    expect(loaded.jaarschijf.title).toBeUndefined();
    const bundled = await loadJaarschijf(join(repoRoot, 'agreements/harderwijk/2023.ts'));
    expect(shown(loaded)).toEqual(shown(bundled));
  });
});

const lo = hasTool('soffice');

describe.skipIf(!lo)('import after LibreOffice has opened and saved the Word file', () => {
  const dir = mkdtempSync(join(tmpdir(), 'jaarschijf-import-lo-'));
  // A profile of its own, so parallel runs don't share LibreOffice's user installation.
  const profile = join(tmpdir(), `lo-${randomUUID()}`);
  let original: string;
  let resaved: string;
  let result: ReturnType<typeof importAndRender>;
  const soffice = (to: string) =>
    run('soffice', [`-env:UserInstallation=file://${profile}`, '--headless', '--convert-to', to, '--outdir', join(dir, to), original]);

  // LibreOffice and three CLI runs: slow on a shared machine, so the steps the later tests need are spread over them.
  beforeAll(() => {
    original = renderDocx(example, join(dir, 'original'));
    soffice('docx');
    resaved = join(dir, 'docx', 'harderwijk-2024.docx');
    result = importAndRender(resaved, dir);
  }, 360_000);
  afterAll(() => {
    rmSync(dir, { recursive: true, force: true });
    rmSync(profile, { recursive: true, force: true });
  });

  it('is a rewritten file: other XML, the same document', () => {
    const xml = (file: string) => partText(unzipDocx(readFileSync(file)), 'word/document.xml');
    expect(xml(resaved)).not.toBe(xml(original));
    expect(xml(resaved)).toMatch(/w:vMerge w:val="continue"/);
  });

  it('imports without a warning, passes check, and writes the same sources as from the original', () => {
    expect(result.imported.stderr).toBe('');
    expect(result.imported.status).toBe(0);
    const checked = runCli(['check', join(result.out, '2024.ts')]);
    expect(checked.status).toBe(0);
    const direct = runCli(['import', original, '-o', join(dir, 'direct')]);
    expect(direct.status).toBe(0);
    for (const file of ['raamovereenkomst.ts', '2024.ts', '2023.ts']) {
      expect(readFileSync(join(result.out, file), 'utf8')).toBe(readFileSync(join(dir, 'direct', file), 'utf8'));
    }
  }, 180_000);

  it('renders to the same cell texts, row by row, and the same signing block', () => {
    const before = agreementRows(original);
    expect(before).toHaveLength(94);
    expect(agreementRows(result.rendered)).toEqual(before);
    expect(signingTexts(result.rendered)).toEqual(signingTexts(original));
  });

  it('names a Word 97-2003 file for what it is', () => {
    soffice('doc');
    const doc = join(dir, 'doc', 'harderwijk-2024.doc');
    expect(existsSync(doc)).toBe(true);
    const attempt = runCli(['import', doc, '-o', join(dir, 'from-doc')]);
    expect(attempt.status).toBe(1);
    expect(attempt.stderr).toContain('harderwijk-2024.doc: dit is een Word 97-2003-document (.doc); open het in Word of LibreOffice, sla het op als Word-document (.docx) en importeer dat');
    expect(existsSync(join(dir, 'from-doc'))).toBe(false);
  }, 180_000);
});
