import { isFolder } from '../sources/sourceFiles.js';
import { wordingFiles } from '../document/wording.js';
import { inputFiles } from '../output/inputFiles.js';
import { checkOutputs, writeOutputSet } from '../output/writeOutputSet.js';
import { documentWithAnnex, outputTargets, type RenderOptions } from '../render/documentWithAnnex.js';
import { documentFormats as formats, renderers, type DocumentFormat } from '../render/renderers.js';
import { startRenderWorker } from '../render/renderInWorker.js';
import { loadJaarschijf } from '../sources/loadJaarschijf.js';
import { outputFolder, parseCommandArgs, parseFormats } from './args.js';
import { optimizeFromNowOn, optimizeIfLarge } from './compilerTiers.js';
import { phase } from './phases.js';
import { commands, UsageError } from './usage.js';

/** `jaarschijf render <file.ts>... | <dir> [--format docx,pdf,html,md] [-o dir]` */
export async function run(args: string[]): Promise<number> {
  phase('imports');
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
  if (positionals.length > 1 || isFolder(positionals[0]!)) return (await import('../batch/renderBatch.js')).renderBatch(positionals, wanted, outDir, options, { loaded: optimizeIfLarge, rendered: optimizeFromNowOn });

  // Word with another format renders on a worker thread: it loads docx while
  // the source is read here, and renders while the other formats render here
  // (npm run bench: faster on two cores; at 940 rows it adds about 26 MiB
  // to the peak of the PDF alone).
  const worker = wanted.includes('docx') && wanted.length > 1 ? startRenderWorker('docx') : undefined;
  // The other renderers load here while this thread waits for the sandbox.
  for (const format of wanted) if (format !== 'docx' || !worker) renderers[format]().catch(() => undefined);
  try {
    const loaded = await loadJaarschijf(positionals[0]!);
    phase('source');
    const doc = await documentWithAnnex(loaded, options);
    phase('build');
    optimizeIfLarge(doc);

    // Refused outputs (a source, a folder) are refused before anything renders.
    const targets = outputTargets(outDir, doc.meta.fileName, wanted);
    const output = { inputs: [...inputFiles(loaded), ...wordingFiles(values.templates)] };
    checkOutputs([...targets.values()], output);

    const outputs = new Map<DocumentFormat, Uint8Array | string>();
    // Word renders on its thread while the other formats render here.
    const word = worker?.render(doc).then((data) => {
      outputs.set('docx', data);
      phase('docx');
    });
    word?.catch(() => undefined);
    // Every output is rendered before any is written, so a failure writes nothing.
    for (const format of wanted) {
      if (format === 'docx' && word) continue;
      outputs.set(format, await (await renderers[format]())(doc));
      phase(format);
    }
    await word;

    await writeOutputSet(wanted.map((format) => ({ target: targets.get(format)!, data: outputs.get(format)! })), output);
    for (const target of targets.values()) process.stdout.write(`${target}\n`);
    phase('write');
    return 0;
  } finally {
    await worker?.close();
  }
}
