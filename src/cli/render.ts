import { join } from 'node:path';
import { buildJaarschijfDocument } from '../document/buildJaarschijfDocument.js';
import { writeFileAtomic } from '../output/writeFileAtomic.js';
import { documentFormats as formats, renderers, type DocumentFormat } from '../render/renderers.js';
import { startRenderWorker } from '../render/renderInWorker.js';
import { loadJaarschijf } from '../sources/loadJaarschijf.js';
import { parseCommandArgs, parseFormats } from './args.js';
import { commands, UsageError } from './usage.js';

/** `jaarschijf render <file.ts> [--format docx,pdf,html] [-o dir]` */
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
  if (positionals.length !== 1) throw new UsageError('name one jaarschijf source', usage);
  const wanted = parseFormats(values.format, formats, ['docx', 'pdf'], usage);
  if (values.annex !== undefined && values.annex !== 'coverage') throw new UsageError(`unknown annex "${values.annex}"; the annex is "coverage"`, usage);

  // Word and the PDF together: Word renders on the second core while the PDF
  // renders here. The thread starts now, loading docx while the source loads.
  const worker = wanted.includes('docx') && wanted.includes('pdf') ? startRenderWorker('docx') : undefined;
  try {
    const loaded = await loadJaarschijf(positionals[0]!);
    const annex = values.annex === 'coverage' ? await (await import('../coverage/coverageAnnex.js')).coverageAnnex(loaded, values.templates) : undefined;
    const doc = buildJaarschijfDocument(loaded, { ...(values.templates ? { templates: values.templates } : {}), ...(annex ? { annex } : {}) });

    const outputs = new Map<DocumentFormat, Promise<Uint8Array | string>>();
    if (worker) {
      const docx = worker.render(doc);
      docx.catch(() => undefined); // awaited below; not unhandled if this thread fails first
      outputs.set('docx', docx);
    }
    // Rendered in turn on this thread; each write waits until all are done, so a failure writes nothing.
    for (const format of wanted) if (!outputs.has(format)) outputs.set(format, Promise.resolve(await (await renderers[format]())(doc)));
    const results = await Promise.all(wanted.map((format) => outputs.get(format)!));

    const outDir = values.out ?? 'output';
    for (const [i, format] of wanted.entries()) {
      const target = join(outDir, `${doc.meta.fileName}.${format}`);
      await writeFileAtomic(target, results[i]!);
      process.stdout.write(`${target}\n`);
    }
    return 0;
  } finally {
    await worker?.close();
  }
}
