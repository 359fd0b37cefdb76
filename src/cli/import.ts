import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, dirname, join, resolve } from 'node:path';
import { dropUndrawable } from '../import/dropUndrawable.js';
import { importSources, type SourceFile } from '../import/importSources.js';
import { editorConfig } from '../init/editorConfig.js';
import { slug } from '../import/ids.js';
import { mapDocument, type ImportResult } from '../import/mapDocument.js';
import { ImportError } from '../import/openPackage.js';
import { readDocx } from '../import/readDocx.js';
import { rowWarnings, withWarnings } from '../import/checkRows.js';
import { formatWarning, type ImportWarning } from '../import/warnings.js';
import { checkOutputs, writeOutputSet } from '../output/writeOutputSet.js';
import { SourceError, formatDiagnostic } from '../sources/diagnostics.js';
import { displayPath } from '../sources/displayPath.js';
import { loadJaarschijf } from '../sources/loadJaarschijf.js';
import { parseCommandArgs } from './args.js';
import { readInput } from './readInput.js';
import { repositoryTsconfig } from './init.js';
import { commands, UsageError } from './usage.js';

/** `jaarschijf import <bestand.docx> [-o <map>] [--year <jaar>] [--force]` */
export async function run(args: string[]): Promise<number> {
  const usage = commands.import;
  const { values, positionals } = parseCommandArgs(
    args,
    { out: { type: 'string', short: 'o' }, year: { type: 'string' }, force: { type: 'boolean' } },
    usage,
  );
  if (positionals.length !== 1) throw new UsageError('noem één Word-document (.docx), bijvoorbeeld `jaarschijf import prestatieafspraken-2024.docx -o agreements/harderwijk/`', usage);
  if (values.year !== undefined && !/^\d{4}$/.test(values.year)) throw new UsageError(`--year ${values.year}: geef een jaartal, bijvoorbeeld --year 2025`, usage);
  const input = resolve(positionals[0]!);
  const file = displayPath(input);
  const fail = (message: string) => new SourceError([{ file, message }]);

  const bytes = await readInput(file, 'Word-document');

  let result: ImportResult;
  try {
    const { doc, warnings } = await dropUndrawable(await readDocx(bytes));
    const folderName = values.out ? basename(resolve(values.out)) : undefined;
    result = mapDocument(doc, {
      warnings,
      ...(values.year ? { year: Number(values.year) } : {}),
      ...(folderName ? { gemeente: folderName.replace(/[-_]+/g, ' ') } : {}),
    });
  } catch (error) {
    if (error instanceof ImportError) throw fail(error.message);
    throw error;
  }

  const outDir = resolve(values.out ?? join('agreements', slug(result.raamovereenkomst.gemeente) || 'import'));
  // The written sources must load, and their rows come out as the document has them; a difference becomes one more warning.
  let files = importSources(result);
  const extra = await verify(files, result, file);
  if (extra.length) {
    result = withWarnings(result, extra);
    files = importSources(result);
    await verify(files, result, file);
  }

  const outputs = files.map((f) => ({ target: join(outDir, f.path), data: f.content }));
  // The editor's tsconfig.json, as `init` writes it, unless the folder has one: it is configuration, not data.
  const editorFile = join(outDir, 'tsconfig.json');
  const writeEditorConfig = !existsSync(editorFile);
  if (writeEditorConfig) outputs.push({ target: editorFile, data: editorConfig(repositoryTsconfig(outDir)) });
  // The Word document is the one input; the outputs are sources.
  const outputSet = { inputs: [input], source: true };
  checkOutputs(outputs.map((o) => o.target), outputSet);
  const existing = outputs.map((o) => o.target).filter((t) => t !== editorFile && existsSync(t));
  if (existing.length && !values.force) {
    throw new SourceError(existing.map((t) => ({ file: displayPath(t), message: 'bestaat al en wordt niet overschreven (gebruik --force om het te vervangen); er is niets geschreven' })));
  }
  await writeOutputSet(outputs, outputSet);

  for (const w of result.warnings) process.stderr.write(`${formatWarning(file, w)}\n`);
  process.stdout.write(`${summary(result, outDir, file, writeEditorConfig)}\n`);
  return 0;
}

/**
 * The written sources must load: they are put in a scratch folder and loaded
 * as `check` loads them, before anything is written where the user asked (a
 * failure here is the importer's own mistake, not the document's). Returns
 * where the rows the toolkit makes from them differ from the document's.
 */
async function verify(files: readonly SourceFile[], result: ImportResult, file: string): Promise<ImportWarning[]> {
  const dir = await mkdtemp(join(tmpdir(), 'jaarschijf-import-'));
  try {
    for (const f of files) {
      await mkdir(dirname(join(dir, f.path)), { recursive: true });
      await writeFile(join(dir, f.path), f.content);
    }
    try {
      return rowWarnings(await loadJaarschijf(join(dir, `${result.jaarschijf.year}.ts`)), result.documentRows);
    } catch (error) {
      if (!(error instanceof SourceError)) throw error;
      const lines = error.diagnostics.map((d) => formatDiagnostic({ ...d, file: basename(d.file) }));
      throw new Error(`${file}: de bronnen die de import ervan maakte, laden niet (er is niets geschreven):\n${lines.join('\n')}`);
    }
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

function summary(result: ImportResult, outDir: string, file: string, editorConfigWritten: boolean): string {
  const { stats, jaarschijf: j, previous, raamovereenkomst: raam } = result;
  const n = (count: number, one: string, many: string) => `${count} ${count === 1 ? one : many}`;
  const at = (name: string) => displayPath(join(outDir, name));
  const lines = [
    `${file} geïmporteerd:`,
    `  ${at('raamovereenkomst.ts')}: raamovereenkomst "${raam.title}" (${raam.period.from}-${raam.period.to}), ${n(Object.keys(raam.themes).length, 'thema', "thema's")}, ${n(stats.doelstellingen, 'doelstelling', 'doelstellingen')}, ${n(stats.kaderafspraken, 'kaderafspraak', 'kaderafspraken')}, ${n(stats.parties, 'partij', 'partijen')}`,
    `  ${at(`${j.year}.ts`)}: jaarschijf ${j.year}, ${n(stats.themes, 'thema', "thema's")}, ${n(stats.rows, 'rij', 'rijen')}, ${n(stats.afspraken, 'jaarafspraak', 'jaarafspraken')}${stats.emptyRows ? `, ${n(stats.emptyRows, 'lege rij', 'lege rijen')}` : ''}, ${j.signing ? `ondertekend door ${n(stats.signatories, 'ondertekenaar', 'ondertekenaars')}` : 'zonder ondertekening (CONCEPT)'}`,
  ];
  if (previous) lines.push(`  ${at(`${previous.year}.ts`)}: jaarschijf ${previous.year} uit de kolom van ${previous.year}, ${n(stats.previousAfspraken, 'jaarafspraak', 'jaarafspraken')}`);
  lines.push(`  ${at('logos')}/: ${n(stats.parties, 'voorlopig logo', "voorlopige logo's")}; vervang ze door de echte`);
  if (editorConfigWritten) lines.push(`  ${at('tsconfig.json')}: voor de editor: fouten onderstrepen, ids aanvullen`);
  const w = result.warnings.length;
  lines.push(
    w
      ? `${n(w, 'waarschuwing', 'waarschuwingen')} (hierboven): die tekst staat niet of anders in de bronnen; kijk ze na in het Word-document.\n` +
          `  Ze staan ook als review-punten in ${j.year}.ts: tot u ze hebt verwerkt en weggehaald, is de jaarschijf een CONCEPT.`
      : 'Alle tekst van het document staat in de bronnen.',
  );
  lines.push(`Volgende stap: jaarschijf check ${at(`${j.year}.ts`)}`);
  return lines.join('\n');
}
