import { existsSync, lstatSync, realpathSync, statSync } from 'node:fs';
import { dirname, isAbsolute, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { defaultYear } from '../init/defaultYear.js';
import { gemeenteName } from '../init/gemeenteName.js';
import { scaffold, type ScaffoldFile } from '../init/scaffold.js';
import { writeOutputSet } from '../output/writeOutputSet.js';
import { SourceError, type Diagnostic } from '../sources/diagnostics.js';
import { displayPath } from '../sources/displayPath.js';
import { parseCommandArgs } from './args.js';
import { commands, UsageError } from './usage.js';

/** `jaarschijf init <gemeente> [--year <jaar>] [--map <map>]`: a new gemeente folder; never overwrites a file. */
export async function run(args: string[]): Promise<number> {
  const usage = commands.init;
  const { values, positionals } = parseCommandArgs(args, { year: { type: 'string' }, map: { type: 'string' } }, usage);
  if (!positionals.length) throw new UsageError('geef de naam van de gemeente, bijvoorbeeld `jaarschijf init Zwolle`', usage);
  if (positionals.length > 1) {
    throw new UsageError(`geef de naam van de gemeente als één argument, tussen aanhalingstekens als er spaties in staan: jaarschijf init "${positionals.join(' ')}"`, usage);
  }
  const gemeente = gemeenteName(positionals[0]!);
  if (typeof gemeente === 'string') throw new UsageError(gemeente, usage);
  const year = values.year === undefined ? defaultYear() : Number(values.year);
  if (values.year !== undefined && (!/^\d{4}$/.test(values.year) || year < 1900 || year > 2995)) {
    throw new UsageError(`--year ${values.year}: geef een jaartal tussen 1900 en 2995, bijvoorbeeld --year ${defaultYear()}`, usage);
  }

  const folder = resolve(values.map ?? join('agreements', gemeente.id));
  const repositoryConfig = repositoryTsconfig(folder);
  const files = scaffold({ gemeente, year, ...(repositoryConfig ? { repositoryConfig } : {}) });
  refuseExisting(folder, files);
  await writeAll(folder, files);

  const shown = displayPath(folder);
  const width = Math.max(...files.map((f) => f.path.length));
  const source = shellWord(displayPath(join(folder, `${year}.ts`)));
  const lines = [
    `${shown}: nieuwe gemeente ${gemeente.name}`,
    ...files.map((f) => `  ${f.path.padEnd(width)}  ${f.description}`),
    'Volgende stappen:',
    `  vul raamovereenkomst.ts en ${year}.ts verder in (bovenaan elk bestand staat wat erin hoort)`,
    `  npx jaarschijf check ${source}`,
    `  npx jaarschijf render ${source}`,
    `  npx tsc --noEmit -p ${shellWord(shown)}   (typecontrole zoals in de editor; vraagt het pakket typescript)`,
  ];
  if (!repositoryConfig && !installedFrom(folder)) {
    lines.push(
      `Let op: jaarschijf is niet geïnstalleerd in een map boven ${shown}; installeer het daar (npm install <pad of git-URL van jaarschijf>),`,
      "  dan vindt de editor `import ... from 'jaarschijf'`.",
    );
  }
  process.stdout.write(`${lines.join('\n')}\n`);
  return 0;
}

/** A path as one word for the shell, to copy from the next steps. */
function shellWord(path: string): string {
  return /^[\w./@:+,=-]+$/.test(path) ? path : `'${path.replace(/'/g, `'\\''`)}'`;
}

/** Every file that is already there (or a folder that is a file) is a message; nothing is written then. */
function refuseExisting(folder: string, files: readonly ScaffoldFile[]): void {
  for (const dir of [folder, ...new Set(files.map((f) => dirname(join(folder, f.path))))]) {
    if (exists(dir) && !statSync(dir, { throwIfNoEntry: false })?.isDirectory()) {
      throw new SourceError([{ file: displayPath(dir), message: 'bestaat al en is geen map; er is niets geschreven' }]);
    }
  }
  const problems: Diagnostic[] = files
    .map((f) => join(folder, f.path))
    .filter(exists)
    .map((target) => ({ file: displayPath(target), message: 'bestaat al en wordt niet overschreven; er is niets geschreven' }));
  if (problems.length) throw new SourceError(problems);
}

/** Whether anything is at the path: lstat, so that a dangling link counts (under a file, nothing is). */
function exists(path: string): boolean {
  try {
    return lstatSync(path, { throwIfNoEntry: false }) !== undefined;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOTDIR') return false;
    throw error;
  }
}

/** All files, or none (the output set removes what it wrote, and the folders it made, on failure). */
async function writeAll(folder: string, files: readonly ScaffoldFile[]): Promise<void> {
  await writeOutputSet(
    files.map((f) => ({ target: join(folder, f.path), data: f.content })),
    { inputs: [], source: true },
  );
}

/**
 * Inside a checkout of jaarschijf itself (with its tsconfig.json and src/), the
 * new folder's tsconfig extends the repository's, relative to the folder.
 */
export function repositoryTsconfig(folder: string): string | undefined {
  const root = realpathSync(fileURLToPath(new URL('../../', import.meta.url)));
  if (!existsSync(join(root, 'tsconfig.json')) || !existsSync(join(root, 'src/index.ts'))) return undefined;
  const real = realExisting(folder);
  const inside = relative(root, real);
  if (inside.startsWith('..') || isAbsolute(inside) || inside.split(sep)[0] === 'node_modules') return undefined;
  return relative(real, join(root, 'tsconfig.json'));
}

/** The real path of a folder that may not exist yet: its nearest existing parent, resolved, plus the rest. */
function realExisting(path: string): string {
  let existing = path;
  while (!existsSync(existing) && dirname(existing) !== existing) existing = dirname(existing);
  return join(realpathSync(existing), relative(existing, path));
}

/** Whether `jaarschijf` is installed in node_modules of the folder or a parent, where the editor finds it. */
function installedFrom(folder: string): boolean {
  for (let dir = folder; ; dir = dirname(dir)) {
    if (existsSync(join(dir, 'node_modules', 'jaarschijf', 'package.json'))) return true;
    if (dirname(dir) === dir) return false;
  }
}
