import { join } from 'node:path';
import { buildJaarschijfDocument } from '../document/buildJaarschijfDocument.js';
import { wordingFiles } from '../document/wording.js';
import { inputFiles } from '../output/inputFiles.js';
import { checkOutputs, writeOutputSet } from '../output/writeOutputSet.js';
import { documentFormats as formats, renderers, type DocumentFormat } from '../render/renderers.js';
import { startRenderWorker } from '../render/renderInWorker.js';
import { loadJaarschijf } from '../sources/loadJaarschijf.js';
import { alignYears } from '../years/alignYears.js';
import { outputFolder, parseCommandArgs, parseFormats } from './args.js';
import { phase } from './phases.js';
import { commands, UsageError } from './usage.js';

/** `jaarschijf render <file.ts> [--format docx,pdf,html,md] [-o dir]` */
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
  if (positionals.length !== 1) throw new UsageError('noem één jaarschijf (een .ts-bestand)', usage);
  const wanted = parseFormats(values.format, formats, ['docx', 'pdf'], usage);
  if (values.annex !== undefined && values.annex !== 'coverage') throw new UsageError(`onbekende bijlage "${values.annex}"; de bijlage heet "coverage"`, usage);
  const outDir = outputFolder(values.out ?? 'output', usage);

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
    // The years lined up once, for the document and its coverage annex.
    const aligned = alignYears(loaded, loaded.previous);
    const annex = values.annex === 'coverage' ? (await import('../coverage/coverageAnnex.js')).coverageAnnex(loaded, aligned, values.templates) : undefined;
    const doc = buildJaarschijfDocument(loaded, { aligned, ...(values.templates ? { templates: values.templates } : {}), ...(annex ? { annex } : {}) });
    phase('build');

    // Refused outputs (a source, a folder) are refused before anything renders.
    const targets = new Map(wanted.map((format) => [format, join(outDir, `${doc.meta.fileName}.${format}`)]));
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
