import { join } from 'node:path';
import { buildJaarschijfDocument } from '../document/buildJaarschijfDocument.js';
import type { DocumentModel } from '../document/types.js';
import { writeFileAtomic } from '../output/writeFileAtomic.js';
import { loadJaarschijf } from '../sources/loadJaarschijf.js';
import { parseCommandArgs, parseFormats } from './args.js';
import { commands, UsageError } from './usage.js';

const formats = ['docx', 'pdf', 'html'] as const;
type Format = (typeof formats)[number];

/** Each renderer is loaded only when its format is asked for. */
const renderers: Record<Format, () => Promise<(doc: DocumentModel) => Promise<Uint8Array | string>>> = {
  docx: async () => (await import('../render/docx/renderDocx.js')).renderDocx,
  pdf: async () => (await import('../render/pdf/renderPdf.js')).renderPdf,
  html: async () => (await import('../render/html/renderHtmlDocument.js')).renderHtmlDocument,
};

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

  const loaded = await loadJaarschijf(positionals[0]!);
  const annex = values.annex === 'coverage' ? await (await import('../coverage/coverageAnnex.js')).coverageAnnex(loaded, values.templates) : undefined;
  const doc = buildJaarschijfDocument(loaded, { ...(values.templates ? { templates: values.templates } : {}), ...(annex ? { annex } : {}) });
  const outDir = values.out ?? 'output';
  for (const format of wanted) {
    const render = await renderers[format]();
    const target = join(outDir, `${doc.meta.fileName}.${format}`);
    await writeFileAtomic(target, await render(doc));
    process.stdout.write(`${target}\n`);
  }
  return 0;
}
