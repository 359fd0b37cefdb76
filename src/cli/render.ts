import { isFolder } from '../batch/batchSources.js';
import { wordingFiles } from '../document/wording.js';
import { inputFiles } from '../output/inputFiles.js';
import { checkOutputs, writeOutputSet } from '../output/writeOutputSet.js';
import { documentWithAnnex, outputTargets, type RenderOptions } from '../render/documentWithAnnex.js';
import { documentFormats as formats, renderers, type DocumentFormat } from '../render/renderers.js';
import { startRenderWorker } from '../render/renderInWorker.js';
import { loadJaarschijf } from '../sources/loadJaarschijf.js';
import { outputFolder, parseCommandArgs, parseFormats } from './args.js';
import { commands, UsageError } from './usage.js';

/** `jaarschijf render <file.ts>... | <dir> [--format docx,pdf,html,md] [-o dir]` */
export async function run(args: string[]): Promise<number> {
  const usage = commands.render;
  const { values, positionals } = parseCommandArgs(
    args,
    {
      format: { type: 'string', short: 'f' },
      out: { type: 'string', short: 'o' },
      annex: { type: 'string' },
      templates: { type: 'string' },
    },
    usage,
  );
  if (!positionals.length) throw new UsageError('noem een jaarschijf (een .ts-bestand), meerdere, of een map met jaarschijven', usage);
  const wanted = parseFormats(values.format, formats, ['docx', 'pdf'], usage);
  if (values.annex !== undefined && values.annex !== 'coverage') throw new UsageError(`onbekende bijlage "${values.annex}"; de bijlage heet "coverage"`, usage);
  const outDir = outputFolder(values.out ?? 'output', usage);
  const options: RenderOptions = { ...(values.templates ? { templates: values.templates } : {}), ...(values.annex ? { annex: 'coverage' as const } : {}) };
  // Several sources, or a folder: every document on a pool of threads (src/batch).
  if (positionals.length > 1 || isFolder(positionals[0]!)) return (await import('../batch/renderBatch.js')).renderBatch(positionals, wanted, outDir, options);

  // Word with another format renders on a worker thread: it loads docx and
  // prepares the fonts while the source is read here, and its memory goes
  // back when it is done, before the next format renders here. (Rendering
  // both at once is no faster on two cores and needs the memory of both.)
  const worker = wanted.includes('docx') && wanted.length > 1 ? startRenderWorker('docx') : undefined;
  try {
    const loaded = await loadJaarschijf(positionals[0]!);
    const doc = await documentWithAnnex(loaded, options);

    // Refused outputs (a source, a folder) are refused before anything renders.
    const targets = outputTargets(outDir, doc.meta.fileName, wanted);
    const output = { inputs: [...inputFiles(loaded), ...wordingFiles(values.templates)] };
    checkOutputs([...targets.values()], output);

    const outputs = new Map<DocumentFormat, Uint8Array | string>();
    if (worker) {
      // The other renderers load here meanwhile.
      const loading = wanted.filter((format) => format !== 'docx').map((format) => renderers[format]().catch(() => undefined));
      outputs.set('docx', await worker.render(doc));
      await Promise.all(loading);
    }
    // Every output is rendered before any is written, so a failure writes nothing.
    for (const format of wanted) if (!outputs.has(format)) outputs.set(format, await (await renderers[format]())(doc));

    await writeOutputSet(wanted.map((format) => ({ target: targets.get(format)!, data: outputs.get(format)! })), output);
    for (const target of targets.values()) process.stdout.write(`${target}\n`);
    return 0;
  } finally {
    await worker?.close();
  }
}
