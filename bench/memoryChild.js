// Renders the example k times over (docx and pdf) and prints the peak RSS in KB.
import { loadJaarschijf } from '../dist/sources/loadJaarschijf.js';
import { buildJaarschijfDocument } from '../dist/document/buildJaarschijfDocument.js';
import { renderDocx } from '../dist/render/docx/renderDocx.js';
import { renderPdf } from '../dist/render/pdf/renderPdf.js';
import { scaleLoaded } from './scaleLoaded.js';

const loaded = scaleLoaded(await loadJaarschijf(new URL('../agreements/harderwijk/2024.ts', import.meta.url).pathname), Number(process.argv[2] ?? 10));
const doc = buildJaarschijfDocument(loaded);
await renderDocx(doc);
await renderPdf(doc);
process.stdout.write(String(process.resourceUsage().maxRSS));
