// One batch worker: the whole pipeline (load, build, docx, pdf, write) for each file given.
import { dirname, join } from 'node:path';
import { loadJaarschijf } from '../dist/sources/loadJaarschijf.js';
import { buildJaarschijfDocument } from '../dist/document/buildJaarschijfDocument.js';
import { renderDocx } from '../dist/render/docx/renderDocx.js';
import { renderPdf } from '../dist/render/pdf/renderPdf.js';
import { writeFileAtomic } from '../dist/output/writeFileAtomic.js';

for (const file of process.argv.slice(2)) {
  const doc = buildJaarschijfDocument(await loadJaarschijf(file));
  const out = join(dirname(file), 'output', doc.meta.fileName);
  await writeFileAtomic(`${out}.docx`, await renderDocx(doc));
  await writeFileAtomic(`${out}.pdf`, await renderPdf(doc));
}
