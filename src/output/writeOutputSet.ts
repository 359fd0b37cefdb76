/**
 * The one place that writes outputs. A command's outputs are a set, written
 * all or nothing:
 * - no output replaces an input (compared by real path and by file identity,
 *   so `./a/../2024.ts`, symlinks and hard links are caught), and only `draft`
 *   writes a `.ts` file;
 * - every output is first written to a temporary file beside its target
 *   (`.<name>.<pid>.jaarschijf.tmp`); only when all are written are they
 *   renamed into place, one after the other without a pause, so a failure or
 *   an interruption (SIGINT, SIGTERM, SIGHUP) leaves the earlier outputs as
 *   they were and removes the temporary files and any folder made for them;
 * - temporary files of earlier runs that were killed (their process is gone)
 *   are removed when a later run writes into the same folder;
 * - file-system errors are messages about the target (see outputProblem).
 */
import { readdirSync, realpathSync, renameSync, rmdirSync, rmSync, statSync, type Stats } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';
import { SourceError, type Diagnostic } from '../sources/diagnostics.js';
import { displayPath } from '../sources/displayPath.js';
import { outputProblem } from './outputProblem.js';

export interface Output {
  target: string;
  data: string | Uint8Array;
}

export interface OutputSetOptions {
  /** Every file the command read (sources, their imports, logos, wording): none may be replaced. */
  inputs: readonly string[];
  /** The outputs are sources (`draft`); every other command refuses a `.ts` target. */
  source?: boolean;
  /** How a temporary file is written (tests inject failures and pauses here). */
  writeTemp?: (path: string, data: string | Uint8Array) => Promise<void>;
}

/** Script files: a source, or something a source could import. */
const scriptFile = /\.[cm]?[jt]sx?$/i;
const tempFile = /^\..+\.(\d+)\.jaarschijf\.tmp$/;
const signals = ['SIGINT', 'SIGTERM', 'SIGHUP'] as const;

/** Refuse outputs that would replace an input, a `.ts` output (unless `source`) and a target that is a folder; every problem at once. */
export function checkOutputs(targets: readonly string[], options: Pick<OutputSetOptions, 'inputs' | 'source'>): void {
  const inputs = options.inputs.map(identify);
  const problems: Diagnostic[] = [];
  for (const target of targets) {
    const output = identify(target);
    const file = displayPath(output.abs);
    const input = inputs.find((i) => i.real === output.real || (i.stat && output.stat && i.stat.dev === output.stat.dev && i.stat.ino === output.stat.ino));
    if (input) {
      const which = displayPath(input.abs) === file ? 'een bron' : `de bron ${displayPath(input.abs)}`;
      problems.push({ file, message: `is ${which} van deze opdracht; een uitvoer overschrijft nooit een bron` });
    } else if (!options.source && scriptFile.test(output.abs)) {
      problems.push({ file, message: 'een uitvoer is nooit een .ts- of .js-bestand (dat is een bron); kies een naam met de extensie van het formaat' });
    } else if (output.stat?.isDirectory()) {
      problems.push({ file, message: 'is een map; hier hoort een bestand' });
    }
  }
  if (problems.length) throw new SourceError(problems);
}

/** Write every output (see the module comment); print nothing. */
export async function writeOutputSet(outputs: readonly Output[], options: OutputSetOptions): Promise<void> {
  const targets = outputs.map((o) => resolve(o.target));
  checkOutputs(targets, options);
  const writeTemp = options.writeTemp ?? ((path, data) => writeFile(path, data, { flag: 'wx' }));
  const temps: string[] = [];
  const madeFolders: string[] = [];
  const cleanUp = () => {
    for (const temp of temps) rmSync(temp, { force: true });
    for (const folder of [...madeFolders].reverse()) {
      try {
        rmdirSync(folder);
      } catch {
        // Not empty (another run wrote there meanwhile): leave it.
      }
    }
  };
  const stopListening = onTermination(cleanUp);
  let current = targets[0]!;
  try {
    for (const folder of new Set(targets.map((t) => dirname(t)))) {
      current = targets.find((t) => dirname(t) === folder)!;
      for (const missing of missingFolders(folder)) {
        await mkdir(missing);
        madeFolders.push(missing);
      }
      removeStaleTemps(folder);
    }
    for (const [index, output] of outputs.entries()) {
      current = targets[index]!;
      const temp = join(dirname(current), `.${basename(current)}.${process.pid}.jaarschijf.tmp`);
      temps.push(temp);
      rmSync(temp, { force: true }); // left by an earlier process with this pid
      await writeTemp(temp, output.data);
    }
    // Every output is written: put them in place without giving the event
    // loop (and so a signal handler) a turn in between.
    targets.forEach((target, index) => {
      current = target;
      renameSync(temps[index]!, target);
    });
    temps.length = 0;
  } catch (error) {
    cleanUp();
    const problem = outputProblem(error, current);
    if (problem) throw new SourceError([problem]);
    throw error;
  } finally {
    stopListening();
  }
}

/**
 * The folders to make for `folder`, outermost first. (Made one by one: a
 * recursive mkdir reports a read-only or locked parent as ENOENT.)
 */
function missingFolders(folder: string): string[] {
  const missing: string[] = [];
  for (let f = folder; !statSync(f, { throwIfNoEntry: false }) && dirname(f) !== f; f = dirname(f)) missing.unshift(f);
  return missing;
}

interface Identity {
  abs: string;
  /** The real path, or for a path that does not exist yet, its real folder and its name. */
  real: string;
  stat?: Stats;
}

function identify(path: string): Identity {
  const abs = resolve(path);
  let stat: Stats | undefined;
  try {
    stat = statSync(abs, { throwIfNoEntry: false });
  } catch {
    // A parent is a file, or cannot be looked into: writing there fails with its own message.
  }
  return { abs, real: realPath(abs), ...(stat ? { stat } : {}) };
}

function realPath(abs: string): string {
  try {
    return realpathSync.native(abs);
  } catch {
    const parent = dirname(abs);
    return parent === abs ? abs : join(realPath(parent), basename(abs));
  }
}

/** Remove the temporary files of runs whose process is gone. */
function removeStaleTemps(folder: string): void {
  for (const name of readdirSync(folder)) {
    const pid = Number(tempFile.exec(name)?.[1]);
    if (pid && pid !== process.pid && !isRunning(pid)) rmSync(join(folder, name), { force: true });
  }
}

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** While outputs are written, an interruption removes the temporary files, then ends the process as the signal would. */
function onTermination(cleanUp: () => void): () => void {
  const stop = () => {
    for (const signal of signals) process.off(signal, handler);
  };
  const handler = (signal: NodeJS.Signals) => {
    stop();
    cleanUp();
    process.kill(process.pid, signal);
  };
  for (const signal of signals) process.on(signal, handler);
  return stop;
}
