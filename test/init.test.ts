import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { defaultYear } from '../src/init/defaultYear.js';
import { editorConfig } from '../src/init/editorConfig.js';
import { loadJaarschijf } from '../src/sources/loadJaarschijf.js';
import { repoRoot, runCli } from './helpers/cli.js';
import { partText, unzipDocx } from './helpers/docx.js';
import { pageTexts } from './helpers/pdf.js';
import { hasTool } from './helpers/tools.js';

const tsc = join(repoRoot, 'node_modules/typescript/bin/tsc');

/** Every file below a folder, relative to it, with forward slashes. */
function listFiles(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => relative(dir, join(e.parentPath, e.name)).split('\\').join('/'))
    .sort();
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

function scratch(): string {
  return mkdtempSync(join(tmpdir(), 'jaarschijf-init-'));
}

/** The line (1-based) of a file that contains `text`. */
function lineOf(file: string, text: string): number {
  return readFileSync(file, 'utf8').split('\n').findIndex((l) => l.includes(text)) + 1;
}

describe('jaarschijf init: a new gemeente outside the repository', () => {
  const cwd = scratch();
  const result = runCli(['init', 'Zwolle'], { cwd });
  const folder = join(cwd, 'agreements/zwolle');
  // Without --year: the coming year (its rule is tested below, for three dates).
  const year = defaultYear();

  it('writes agreements/<gemeente>/ with the raamovereenkomst, a draft, logos and a tsconfig.json, and lists them', () => {
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    expect(listFiles(cwd)).toEqual([
      `agreements/zwolle/${year}.ts`,
      'agreements/zwolle/logos/gemeente-zwolle.svg',
      'agreements/zwolle/logos/huurdersorganisatie.svg',
      'agreements/zwolle/logos/woningcorporatie.svg',
      'agreements/zwolle/raamovereenkomst.ts',
      'agreements/zwolle/tsconfig.json',
    ]);
    expect(result.stdout.split('\n')[0]).toBe('agreements/zwolle: nieuwe gemeente Zwolle');
    for (const file of ['raamovereenkomst.ts', `${year}.ts`, 'logos/gemeente-zwolle.svg', 'tsconfig.json']) expect(result.stdout).toMatch(new RegExp(`^  ${file.replace('.', '\\.')} `, 'm'));
    expect(result.stdout).toContain(`  npx jaarschijf check agreements/zwolle/${year}.ts\n`);
    // No jaarschijf in node_modules here: the user is told, since the editor needs it.
    expect(result.stdout).toContain('Let op: jaarschijf is niet geïnstalleerd');
  });

  it('passes check at once, as a draft of the coming year under a raamovereenkomst of five years from it', () => {
    const check = runCli(['check', `agreements/zwolle/${year}.ts`], { cwd });
    expect(check.stderr).toBe('');
    expect(check.status).toBe(0);
    expect(check.stdout).toContain(`jaarschijf ${year} van "Raamovereenkomst sociale huur ${year}-${year + 4}" (${year}-${year + 4}) is geldig`);
    expect(check.stdout).toContain('ondertekening: nog niet (geen signing-blok)');
    const coverage = runCli(['coverage', `agreements/zwolle/${year}.ts`, '--format', 'json', '--strict'], { cwd });
    expect(coverage.status).toBe(0);
    expect(JSON.parse(coverage.stdout).summary).toMatchObject({ total: 2, covered: 2, uncovered: 0 });
  });

  it('renders to Word and PDF as CONCEPT, without a signing block', () => {
    const rendered = runCli(['render', `agreements/zwolle/${year}.ts`, '--format', 'docx,pdf', '-o', 'out'], { cwd });
    expect(rendered.stderr).toBe('');
    expect(rendered.status).toBe(0);
    const docx = unzipDocx(readFileSync(join(cwd, `out/zwolle-${year}.docx`)));
    const body = partText(docx, 'word/document.xml');
    expect(body).toContain(`De woningcorporaties starten in ${year} met de bouw van nieuwe sociale huurwoningen.`);
    expect(body).not.toContain('zijn overeengekomen');
    const headers = Object.keys(docx).filter((name) => /^word\/header\d*\.xml$/.test(name));
    for (const header of headers) expect(partText(docx, header)).toMatch(/<v:textpath [^>]*string="CONCEPT"/);
    // The placeholder logos are in the package.
    expect(Object.keys(docx).filter((name) => /^word\/media\/.*\.svg$/.test(name))).toHaveLength(3);
    if (hasTool('pdftotext')) {
      const pages = pageTexts(join(cwd, `out/zwolle-${year}.pdf`));
      for (const page of pages) expect(page).toContain('CONCEPT');
      const text = pages.join('\n');
      expect(text).toContain('1. Thema Beschikbaarheid');
      expect(text).toContain('gemeente Zwolle');
      expect(text).not.toContain('zijn overeengekomen');
      expect(text).not.toContain('Ondertekening');
    }
  });

  it('heads each source with what to fill in, in Dutch, and imports the raamovereenkomst as ./raamovereenkomst.ts', () => {
    const raam = readFileSync(join(folder, 'raamovereenkomst.ts'), 'utf8');
    const draft = readFileSync(join(folder, `${year}.ts`), 'utf8');
    expect(raam).toMatch(/^\/\/ De raamovereenkomst: de afspraken voor meerdere jaren\.[^\n]*\n\/\/\n\/\/ - title/);
    expect(raam).toContain("import { defineRaamovereenkomst } from 'jaarschijf';");
    expect(draft).toMatch(/^\/\/ Een jaarschijf: de afspraken van één jaar\./);
    expect(draft).toContain("import raamovereenkomst from './raamovereenkomst.ts';");
    expect(draft).toContain('Zonder signing is dit een concept');
    expect(draft).not.toMatch(/^\s*signing:/m);
  });

  it('takes --year and --map, also for a folder elsewhere', () => {
    const elsewhere = join(scratch(), 'gemeenten', 'deventer');
    const result = runCli(['init', 'Deventer', '--year', '2027', '--map', elsewhere], { cwd });
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    expect(listFiles(elsewhere)).toContain('2027.ts');
    const check = runCli(['check', join(elsewhere, '2027.ts')], { cwd });
    expect(check.status).toBe(0);
    expect(check.stdout).toContain('jaarschijf 2027 van "Raamovereenkomst sociale huur 2027-2031" (2027-2031) is geldig');
  });
});

describe('the year init starts with', () => {
  it('is the coming year all year round: agreements are made in the year before', () => {
    expect(defaultYear(new Date(2026, 0, 2))).toBe(2027);
    expect(defaultYear(new Date(2026, 6, 1))).toBe(2027);
    expect(defaultYear(new Date(2026, 11, 31))).toBe(2027);
  });
});

describe('jaarschijf init never overwrites', () => {
  it('an existing file is a message, exit 1, and nothing is written', () => {
    const cwd = scratch();
    const folder = join(cwd, 'agreements/zwolle');
    mkdirSync(folder, { recursive: true });
    writeFileSync(join(folder, '2026.ts'), '// mijn eigen werk\n');
    const result = runCli(['init', 'Zwolle', '--year', '2026'], { cwd });
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('agreements/zwolle/2026.ts: bestaat al en wordt niet overschreven; er is niets geschreven');
    expect(result.stderr).not.toContain('raamovereenkomst.ts');
    expect(listFiles(cwd)).toEqual(['agreements/zwolle/2026.ts']);
    expect(readFileSync(join(folder, '2026.ts'), 'utf8')).toBe('// mijn eigen werk\n');
  });

  it('names every existing file at once', () => {
    const cwd = scratch();
    expect(runCli(['init', 'Zwolle', '--year', '2026'], { cwd }).status).toBe(0);
    const before = listFiles(cwd).map((f) => readFileSync(join(cwd, f), 'utf8'));
    const again = runCli(['init', 'Zwolle', '--year', '2026'], { cwd });
    expect(again.status).toBe(1);
    expect(again.stderr.match(/bestaat al en wordt niet overschreven/g)).toHaveLength(6);
    expect(listFiles(cwd).map((f) => readFileSync(join(cwd, f), 'utf8'))).toEqual(before);
  });

  it('a file where the folder should be is a message', () => {
    const cwd = scratch();
    writeFileSync(join(cwd, 'zwolle'), 'geen map\n');
    const result = runCli(['init', 'Zwolle', '--map', 'zwolle', '--year', '2026'], { cwd });
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('zwolle: bestaat al en is geen map; er is niets geschreven');
    expect(listFiles(cwd)).toEqual(['zwolle']);
  });
});

describe('jaarschijf init: the gemeente name', () => {
  it.each([
    ["'s-Hertogenbosch", 's-hertogenbosch', "'s-Hertogenbosch"],
    ['Súdwest-Fryslân', 'sudwest-fryslan', 'Súdwest-Fryslân'],
    ['Bergen op Zoom', 'bergen-op-zoom', 'Bergen op Zoom'],
    ['zwolle', 'zwolle', 'Zwolle'],
  ])('%s: folder and party %s, written as %s', async (input, id, name) => {
    const cwd = scratch();
    const result = runCli(['init', input, '--year', '2026'], { cwd });
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    const loaded = await loadJaarschijf(join(cwd, 'agreements', id, '2026.ts'));
    expect(loaded.raamovereenkomst.gemeente).toBe(name);
    expect(loaded.raamovereenkomst.parties[id]?.name).toBe(`gemeente ${name}`);
    expect(loaded.raamovereenkomst.parties[id]?.logo).toBe(`logos/gemeente-${id}.svg`);
  });

  it('a name full of quotes, backticks, comment ends and markup is data, never code or a comment', async () => {
    const cwd = scratch();
    const name = 'Test`${globalThis.x = 1}` */ \'a\' "b" \\ </text>&amp; <svg>';
    const result = runCli(['init', name, '--map', 'g', '--year', '2026'], { cwd });
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    const loaded = await loadJaarschijf(join(cwd, 'g/2026.ts'));
    expect(loaded.raamovereenkomst.gemeente).toBe(name);
    // The introduction is Markdown: the name shows as written, not as code or markup.
    const [first] = loaded.rich(loaded.jaarschijf.introduction!);
    const runs = first?.type === 'paragraph' ? first.inlines : [];
    expect(runs.map((r) => (r.type === 'text' ? r.text : '\n')).join('')).toMatch(new RegExp(`^In de raamovereenkomst hebben de gemeente ${escapeRegExp(name)}, .* de sociale huur in ${escapeRegExp(name)}\\.$`));
    expect(runs.every((r) => r.type === 'text' && !r.marks.length && !r.href)).toBe(true);
    // The loader read the logo as an SVG image whose text is the party's name.
    expect(loaded.logos[0]!.format).toBe('svg');
    expect(loaded.logos[0]!.data.toString('utf8')).toContain('>gemeente Test`${globalThis.x = 1}` */ &#39;a&#39; &quot;b&quot; \\ &lt;/text&gt;&amp;amp; &lt;svg&gt;</text>');
    for (const file of ['g/raamovereenkomst.ts', 'g/2026.ts']) {
      const comments = readFileSync(join(cwd, file), 'utf8').split('\n').filter((l) => l.trimStart().startsWith('//'));
      expect(comments.length).toBeGreaterThan(5);
      for (const line of comments) expect(line).not.toContain('Test');
    }
  });

  it('usage mistakes are messages with the usage line, and nothing is written', () => {
    const cwd = scratch();
    const cases: [string[], string][] = [
      [['init'], 'jaarschijf: geef de naam van de gemeente, bijvoorbeeld `jaarschijf init Zwolle`'],
      [['init', 'Bergen', 'op', 'Zoom'], 'jaarschijf: geef de naam van de gemeente als één argument, tussen aanhalingstekens als er spaties in staan: jaarschijf init "Bergen op Zoom"'],
      [['init', '!!!'], 'jaarschijf: de naam van de gemeente heeft geen letters of cijfers'],
      [['init', 'Zwolle', '--year', '26'], `jaarschijf: --year 26: geef een jaartal tussen 1900 en 2995, bijvoorbeeld --year ${defaultYear()}`],
      [['init', 'Zwolle\nDeventer'], 'jaarschijf: de naam van de gemeente mag geen regeleinden of stuurtekens bevatten'],
    ];
    for (const [args, message] of cases) {
      const result = runCli(args, { cwd });
      expect(result.status).toBe(1);
      expect(result.stderr).toBe(`${message}\nGebruik: jaarschijf init <gemeente> [--year <jaar>] [--map <map>]\n`);
    }
    expect(listFiles(cwd)).toEqual([]);
  });
});

describe('type checking a gemeente folder: npx tsc --noEmit -p <map>', () => {
  const inRepo = join(repoRoot, 'test/.artifacts', `init-${process.pid}`);
  afterAll(() => rmSync(inRepo, { recursive: true, force: true }));

  const typecheck = (dir: string, cwd = repoRoot) => {
    const result = spawnSync(process.execPath, [tsc, '--noEmit', '-p', dir], { cwd, encoding: 'utf8' });
    return { status: result.status, output: result.stdout + result.stderr };
  };

  it('works for the bundled example in the repository', () => {
    expect(typecheck('agreements/harderwijk')).toEqual({ status: 0, output: '' });
    // Its tsconfig.json is the one init writes in the repository.
    expect(readFileSync(join(repoRoot, 'agreements/harderwijk/tsconfig.json'), 'utf8')).toBe(editorConfig('../../tsconfig.json'));
  });

  it('works for a folder made by init inside the repository, and reports an unknown kaderafspraak at its line', () => {
    const folder = join(inRepo, 'zwolle');
    const made = runCli(['init', 'Zwolle', '--map', folder, '--year', '2026']);
    expect(made.status).toBe(0);
    expect(made.stdout).not.toContain('Let op');
    const config = readFileSync(join(folder, 'tsconfig.json'), 'utf8');
    expect(config).toContain('"extends": "../../../../tsconfig.json"');
    const shown = relative(repoRoot, folder);
    expect(typecheck(shown)).toEqual({ status: 0, output: '' });

    const source = join(folder, '2026.ts');
    writeFileSync(source, readFileSync(source, 'utf8').replace("kader: 'monitoring-slaagkansen'", "kader: 'monitoring-slaagkans'"));
    const line = lineOf(source, "kader: 'monitoring-slaagkans'");
    const broken = typecheck(shown);
    expect(broken.status).not.toBe(0);
    expect(broken.output).toContain(`${shown}/2026.ts(${line},11): error TS2820: Type '"monitoring-slaagkans"' is not assignable to type '"monitoring-slaagkansen" | "nieuwbouw-sociale-huur"'. Did you mean '"monitoring-slaagkansen"'?`);
  });
});
