/**
 * The monitor as PDF and Word, made by the CLI and read back with poppler,
 * qpdf and an XML parser: every agreement's status word in every overleg,
 * the charts as vector graphics (PDF) and as pictures with a description
 * (Word), "VOORBEELD" on every page, the same bytes for the same source.
 */
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { runCli } from './helpers/cli.js';
import { attrsOf, childrenNamed, findAll as findXml, parseXml, partText, relationshipTargets, textOf, unzipDocx, type XmlNode } from './helpers/docx.js';
import { bboxWords, findAll, pageTexts, qpdfJson, structTree, tableGrid } from './helpers/pdf.js';
import { readMonitorSource } from './helpers/monitorSource.js';
import { hasTool, run } from './helpers/tools.js';

interface Agreement {
  id: string;
  theme: string;
  number: number;
  statuses: { round: string; status: string }[];
}

const out = mkdtempSync(join(tmpdir(), 'jaarschijf-monitor-'));
const json = JSON.parse(runCli(['monitor', 'agreements/harderwijk/monitor-2024.ts', '--format', 'json']).stdout) as { agreements: Agreement[]; summary: { themes: { theme: string }[] } };
const source = readMonitorSource();
const rounds = source.rounds.map((r) => r.name);

function make(format: 'pdf' | 'docx', name = `monitor.${format}`): string {
  const target = join(out, name);
  const result = runCli(['monitor', 'agreements/harderwijk/monitor-2024.ts', '--format', format, '-o', target]);
  expect(result.stderr).toBe('');
  expect(result.status).toBe(0);
  expect(result.stdout).toBe(`${target}\n`);
  return target;
}

/** Per theme, per agreement (document order): the status word the source gives it in each overleg. */
function expectedStatuses(): string[][][] {
  return json.summary.themes.map((t) =>
    json.agreements.filter((a) => a.theme === t.theme).map((a) => rounds.map((round) => source.rounds.find((r) => r.name === round)!.statuses.get(a.id)!.status)),
  );
}

describe.runIf(hasTool('pdftotext') && hasTool('pdfinfo') && hasTool('pdfimages') && hasTool('qpdf'))('the monitor as PDF', () => {
  let file: string;
  beforeAll(() => {
    file = make('pdf');
  });

  it('shows every agreement with its status word in each overleg, in the tagged tables of its theme', () => {
    const tables = findAll(structTree(file), 'Table');
    // The summary's data table, a table per theme, three nieuwbouw data tables and the projects.
    expect(tables).toHaveLength(1 + 7 + 3 + 1);
    const expected = expectedStatuses();
    let compared = 0;
    expected.forEach((themeRows, t) => {
      const grid = tableGrid(tables[1 + t]!);
      expect(grid).toHaveLength(themeRows.length);
      themeRows.forEach((words, r) => {
        const row = grid[r]!;
        const a = json.agreements.filter((x) => x.theme === json.summary.themes[t]!.theme)[r]!;
        expect(row[0], a.id).toBe(`${a.number}.`);
        // The overleggen are the columns before the last (the toelichting).
        expect(row.slice(-1 - rounds.length, -1), a.id).toEqual(words);
        compared += words.length;
      });
    });
    expect(compared).toBe(2 * 87);
  }, 300_000); // poppler reads the structure tree's text slowly

  it('draws the charts as vector graphics: no image in the file, four Figures with a description and a box', () => {
    const images = run('pdfimages', ['-list', file]).trim().split('\n').slice(2);
    expect(images).toEqual([]);
    const objects = (qpdfJson(file, 'qpdf').qpdf as Record<string, { value?: Record<string, unknown> }>[])[1]!;
    const figures = Object.values(objects).flatMap((o) => (o.value?.['/S'] === '/Figure' ? [o.value] : []));
    expect(figures).toHaveLength(4);
    for (const f of figures) {
      expect(String(f['/Alt'])).toMatch(/^u:.{40,}/);
      expect((f['/A'] as Record<string, unknown>)['/BBox']).toHaveLength(4);
    }
    // The chart's text is drawn (in the embedded faces), not a picture of text.
    const first = pageTexts(file).find((p) => p.includes('Figuur 1.'))!;
    expect(first).toContain('Aantal afspraken');
    expect(first).toMatch(/1\. Beschikbaarheid/);
    expect(run('pdffonts', [file])).not.toMatch(/Helvetica|Times|Courier/);
  });

  it('says VOORBEELD on every page, and in its title', () => {
    const pages = pageTexts(file);
    expect(pages.length).toBeGreaterThan(8);
    pages.forEach((page, i) => expect(page, `page ${i + 1}`).toContain('VOORBEELD'));
    expect(pages[0]).toContain('Voorbeeld: de standen, toelichtingen en projecten in dit document zijn verzonnen');
    expect(run('pdfinfo', [file])).toMatch(/^Title:\s+Voorbeeld: voortgangsmonitor/m);
  });

  it('has the nieuwbouwmonitor with the target band and the split from the source', () => {
    const text = pageTexts(file).join('\n').replace(/\s+/g, ' ');
    expect(text).toContain('Doel: 1.000 tot 1.300 extra sociale huurwoningen, geteld van 2020 tot en met 2030 (afspraak pro-03).');
    expect(text).toContain('Verdeling over de woningcorporaties: Uwoon 60%, Omnia Wonen 40% (afspraak pro-02).');
    for (const p of source.projects) expect(text).toContain(p.name);
  });

  it("labels a chart's table that starts on a later page than its chart, first on that page", () => {
    const { words } = bboxWords(file);
    // Body text only: below the logo band, without the big letters of the watermark.
    const onPage = (p: number) => {
      const band = Math.max(...words.filter((w) => w.page === p && w.text === 'logo').map((w) => w.yMax));
      return words.filter((w) => w.page === p && w.yMin > band && w.yMax - w.yMin < 30).sort((a, b) => a.yMin - b.yMin || a.xMin - b.xMin);
    };
    const captionPage = (n: number) => words.find((w, i) => w.text === 'Figuur' && words[i + 1]?.text === `${n}.`)!.page;
    const labelled: number[] = [];
    for (const [i, word] of words.entries()) {
      if (word.text !== 'Gegevens' || words[i + 1]?.text !== 'bij' || words[i + 2]?.text !== 'figuur') continue;
      const n = Number(words[i + 3]!.text);
      labelled.push(n);
      expect(captionPage(n), `figuur ${n}`).toBeLessThan(word.page);
      const body = onPage(word.page);
      expect(body[0], `figuur ${n}`).toEqual(word);
      // The next line is the table's header row.
      const next = body.find((w) => w.yMin > word.yMax)!;
      expect(['Thema', 'Jaar', 'Woningcorporatie']).toContain(next.text);
    }
    // In the example the tables of figures 1 and 3 do not fit under their charts; those of 2 and 4 start there.
    expect(labelled).toEqual([1, 3]);
  });

  it('is the same file each time', () => {
    expect(readFileSync(make('pdf', 'again.pdf')).equals(readFileSync(file))).toBe(true);
  });
});

describe('the monitor in Word', () => {
  let file: string;
  let parts: ReturnType<typeof unzipDocx>;
  let body: XmlNode[];
  beforeAll(() => {
    file = make('docx');
    parts = unzipDocx(readFileSync(file));
    body = parseXml(partText(parts, 'word/document.xml'));
  });

  it('shows every agreement with its status word in each overleg', () => {
    const tables = findXml(body, 'w:tbl');
    expect(tables).toHaveLength(1 + 7 + 3 + 1);
    const expected = expectedStatuses();
    let compared = 0;
    expected.forEach((themeRows, t) => {
      const rows = childrenNamed(tables[1 + t]!, 'w:tr').slice(1); // after the header row
      expect(rows).toHaveLength(themeRows.length);
      themeRows.forEach((words, r) => {
        const cells = childrenNamed(rows[r]!, 'w:tc').map((c) => textOf(c).trim());
        expect(cells.slice(-1 - rounds.length, -1)).toEqual(words);
        compared += words.length;
      });
    });
    expect(compared).toBe(2 * 87);
  });

  it('has each chart as an SVG picture with a PNG fallback and a description', () => {
    const drawings = findXml(body, 'wp:inline');
    expect(drawings).toHaveLength(4);
    const targets = relationshipTargets(parts, 'word/document.xml');
    for (const drawing of drawings) {
      const properties = attrsOf(findXml([drawing], 'wp:docPr')[0]!);
      expect(properties['descr']!.length, properties['name']).toBeGreaterThan(40);
      expect(properties['title']).toMatch(/^Figuur \d\. /);
      const blip = findXml([drawing], 'a:blip')[0]!;
      const svg = findXml([blip], 'asvg:svgBlip')[0]!;
      const pngTarget = targets.get(attrsOf(blip)['r:embed']!)!;
      expect(pngTarget).toMatch(/\.png$/);
      // The fallback is drawn at 192 dpi: twice the picture's width at 96 dpi (9525 EMU a pixel).
      const png = parts[`word/${pngTarget}`]!;
      const widthPx = Number(attrsOf(findXml([drawing], 'wp:extent')[0]!)['cx']) / 9525;
      expect(Math.abs(new DataView(png.buffer, png.byteOffset).getUint32(16) - widthPx * 2)).toBeLessThanOrEqual(1);
      const svgTarget = targets.get(attrsOf(svg)['r:embed']!)!;
      expect(svgTarget).toMatch(/\.svg$/);
      expect(new TextDecoder().decode(parts[`word/${svgTarget}`])).toMatch(/^<svg /);
    }
  });

  it('carries the VOORBEELD watermark in its header, on every page', () => {
    const headers = Object.keys(parts).filter((name) => /^word\/header\d+\.xml$/.test(name));
    expect(headers.length).toBeGreaterThan(0);
    for (const name of headers) expect(partText(parts, name)).toContain('string="VOORBEELD"');
  });

  it('is the same file each time', () => {
    expect(readFileSync(make('docx', 'again.docx')).equals(readFileSync(file))).toBe(true);
  });
});
