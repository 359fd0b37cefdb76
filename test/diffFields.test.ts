/**
 * A continued agreement whose trekker, deadline or explanation changed, also
 * when its text did not: the JSON lists the fields, the terminal and HTML
 * reports show them, and the Word redline marks them as tracked changes.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { JaarschijfDiff } from '../src/diff/computeDiff.js';
import { runCli } from './helpers/cli.js';
import { attrsOf, childrenNamed, findAll, parseXml, partText, textOf, unzipDocx, type XmlNode } from './helpers/docx.js';
import { exampleCopy } from './helpers/fixture.js';

const copy = exampleCopy();
let diff: JaarschijfDiff;

beforeAll(() => {
  // 2025 continues 2024 with the same texts, and a few trekkers, deadlines and explanations changed.
  copy.write('2025.ts', readFileSync(join(copy.dir, '2024.ts'), 'utf8'));
  copy.edit('2025.ts', 'year: 2024,', 'year: 2025,');
  copy.edit('2025.ts', "previous: './2023.ts',", "previous: './2024.ts',");
  copy.edit('2025.ts', "date: '2023-12-12',", "date: '2024-12-10',");
  copy.edit('2025.ts', `trekker: ['woningcorporaties', 'gemeente'], gereed: "Q1 2024"`, `trekker: ['gemeente'], gereed: "Q2 2025"`);
  copy.edit('2025.ts', 'toelichting: "Startpunt is 2020 (conform onderliggende woningbouwprognose)."', 'toelichting: "Startpunt is 2021 (conform de nieuwe woningbouwprognose)."');
  copy.edit('2025.ts', 'het beste het voortouw kan nemen.", gereed: "Doorlopend" }', 'het beste het voortouw kan nemen." }');
  copy.edit('2025.ts', "{ id: 'bes-01', kader: 'uitvoeringsagenda',", "{ id: 'bes-01', kader: 'uitvoeringsagenda', trekker: ['harderwijk'],");
  const result = runCli(['diff', '2025.ts', '--format', 'json'], { cwd: copy.dir });
  expect(result.stderr).toBe('');
  diff = JSON.parse(result.stdout) as JaarschijfDiff;
});

const change = (id: string) => diff.changes.find((c) => c.id === id)!;

describe('diff: trekker, deadline and explanation', () => {
  it('lists the changed fields of a continued agreement, which is then changed though its text is the same', () => {
    expect(change('pro-04')).toMatchObject({
      status: 'changed',
      fields: [
        { field: 'trekker', before: ['woningcorporaties', 'gemeente'], after: ['gemeente'] },
        { field: 'gereed', before: 'Q1 2024', after: 'Q2 2025' },
      ],
    });
    expect(change('pro-04').words.every((w) => w.op === 'equal')).toBe(true);
    expect(change('pro-01').fields).toEqual([
      { field: 'toelichting', before: 'Startpunt is 2020 (conform onderliggende woningbouwprognose).', after: 'Startpunt is 2021 (conform de nieuwe woningbouwprognose).' },
    ]);
    expect(change('pro-02').fields).toEqual([{ field: 'gereed', before: 'Doorlopend', after: null }]);
    expect(change('bes-01')).toMatchObject({ status: 'changed', fields: [{ field: 'trekker', before: null, after: ['harderwijk'] }] });
    // Everything else stayed as it was.
    expect(diff.changes.filter((c) => c.status !== 'unchanged').map((c) => c.id).sort()).toEqual(['bes-01', 'pro-01', 'pro-02', 'pro-04']);
    expect(diff.summary).toMatchObject({ changed: 4, added: 0, removed: 0, moved: 0 });
  });

  it('shows them in the terminal report under the agreement', () => {
    const lines = runCli(['diff', '2025.ts'], { cwd: copy.dir }).stdout.split('\n');
    const at = lines.findIndex((l) => l.startsWith('  ~ pro-04 gewijzigd'));
    expect(at).toBeGreaterThan(0);
    expect(lines.slice(at + 2, at + 4)).toEqual(['      trekker: [-woningcorporaties, gemeente-]{+gemeente+}', '      gereed: [-Q1 2024-]{+Q2 2025+}']);
    expect(lines).toContain('      gereed: [-Doorlopend-]');
    expect(lines).toContain('      trekker: {+harderwijk+}');
  });

  it('marks them in the HTML report, with the trekker in words', () => {
    const html = runCli(['diff', '2025.ts', '--format', 'html'], { cwd: copy.dir }).stdout;
    const row = html.slice(html.indexOf('id="afspraak-pro-04"'), html.indexOf('</tr>', html.indexOf('id="afspraak-pro-04"')));
    expect(row).toContain('Geen wijzigingen in de tekst.');
    expect(row).toMatch(/<strong>Trekker: <\/strong><del>Woningcorporaties en gemeente<\/del> <ins>Gemeente<\/ins>/);
    expect(row).toMatch(/<strong>Gereed: <\/strong><del>Q1 2024<\/del> <ins>Q2 2025<\/ins>/);
  });

  it('marks them as tracked changes in the Word redline', () => {
    const result = runCli(['diff', '2025.ts', '--format', 'docx', '-o', 'redline.docx'], { cwd: copy.dir });
    expect(result.status).toBe(0);
    const body = parseXml(partText(unzipDocx(readFileSync(join(copy.dir, 'redline.docx'))), 'word/document.xml'));
    const rows = findAll(body, 'w:tr');
    const rowWith = (text: string) => rows.find((r) => textOf(r).includes(text))!;
    const changed = (node: XmlNode, tag: 'w:ins' | 'w:del') => findAll([node], tag).map((n) => textOf(n).trim()).filter(Boolean);
    const cells = (row: XmlNode) => childrenNamed(row, 'w:tc');

    const pro04 = cells(rowWith('een kaart op tafel'));
    expect([changed(pro04[3]!, 'w:del'), changed(pro04[3]!, 'w:ins')]).toEqual([['Woningcorporaties en gemeente'], ['Gemeente']]);
    expect([changed(pro04[4]!, 'w:del'), changed(pro04[4]!, 'w:ins')]).toEqual([['Q1 2024'], ['Q2 2025']]);
    // The agreement's own text is not marked.
    expect(findAll([pro04[1]!], 'w:ins').concat(findAll([pro04[1]!], 'w:del'))).toHaveLength(0);

    const pro01 = cells(rowWith('Dit addendum bevat'));
    expect(changed(pro01[2]!, 'w:del').join(' ')).toContain('2020');
    expect(changed(pro01[2]!, 'w:ins').join(' ')).toContain('2021');

    // In a theme table, the trekker line under the agreement is inserted.
    const bes01 = rowWith('volkshuisvestelijk programma vast');
    const note = findAll([bes01], 'w:p').find((p) => findAll([p], 'w:pStyle').some((s) => attrsOf(s)['w:val'] === 'Note'))!;
    expect(changed(note, 'w:ins')).toEqual(['Trekker: Gemeente Harderwijk']);
  });
});
