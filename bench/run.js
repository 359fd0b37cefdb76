// npm run bench: medians after warm-up, ours against the bare libraries in the
// same run, whole-process time against the bare libraries and Typst, the
// phases of a run, peak memory and batch throughput. See README.md.
import { spawnSync, spawn } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadJaarschijf } from '../dist/sources/loadJaarschijf.js';
import { buildJaarschijfDocument } from '../dist/document/buildJaarschijfDocument.js';
import { renderDocx } from '../dist/render/docx/renderDocx.js';
import { renderPdf } from '../dist/render/pdf/renderPdf.js';
import { computeDiff } from '../dist/diff/computeDiff.js';
import { diffReport } from '../dist/diff/diffReport.js';
import { loadWording } from '../dist/document/wording.js';
import { renderHtmlDocument } from '../dist/render/html/renderHtmlDocument.js';
import { computeCoverage } from '../dist/coverage/computeCoverage.js';
import { bareDocx, barePdf, tableTexts } from './baselines.js';
import { scaleLoaded } from './scaleLoaded.js';
import { writeScaledSources } from './writeScaledSources.js';
import { wholeProcess } from './wholeProcess.js';

const root = fileURLToPath(new URL('../', import.meta.url));
const example = join(root, 'agreements/harderwijk/2024.ts');

async function median(fn, { warmup = 2, runs = 7 } = {}) {
  for (let i = 0; i < warmup; i++) await fn();
  const times = [];
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    await fn();
    times.push(performance.now() - t);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)];
}

const ms = (v) => (v >= 1000 ? `${(v / 1000).toFixed(2)} s` : `${v.toFixed(0)} ms`);
const pad = (s, n) => String(s).padEnd(n);
const row = (label, cells) => console.log(pad(label, 34) + cells.map((c) => pad(c, 16)).join(''));

const base = await loadJaarschijf(example);
const scales = [
  { k: 1, label: '1x (94 rows)', runs: 25 },
  { k: 10, label: '10x (940 rows)', runs: 5 },
  { k: 100, label: '100x (9,400 rows)', runs: 2, warmup: 1 },
];
console.log(`jaarschijf benchmark, node ${process.version}, ${new Date().toISOString().slice(0, 10)}`);
console.log('In-process, median after warm-up (the same run measures the bare libraries):\n');
row('', scales.map((s) => s.label));
const results = {};
for (const s of scales) {
  const loaded = scaleLoaded(base, s.k);
  const doc = buildJaarschijfDocument(loaded);
  const texts = tableTexts(doc);
  const opts = { runs: s.runs, warmup: s.warmup ?? 2 };
  results[s.k] = {
    docx: await median(() => renderDocx(buildJaarschijfDocument(loaded)), opts),
    bareDocx: await median(() => bareDocx(texts), opts),
    pdf: await median(() => renderPdf(buildJaarschijfDocument(loaded)), opts),
    barePdf: await median(() => barePdf(texts), opts),
    diffHtml: await median(() => renderHtmlDocument(diffReport(computeDiff(loaded.previous, loaded), loaded.previous, loaded, loadWording())), opts),
    coverage: await median(() => JSON.stringify(computeCoverage(loaded)), opts),
  };
}
const line = (label, key) => row(label, scales.map((s) => ms(results[s.k][key])));
const ratio = (label, a, b) => row(label, scales.map((s) => `${(results[s.k][a] / results[s.k][b]).toFixed(2)}x`));
line('docx, ours', 'docx');
line('docx, bare docx table', 'bareDocx');
ratio('  ratio ours/bare (target <= 1.5)', 'docx', 'bareDocx');
line('pdf, ours', 'pdf');
line('pdf, bare pdfkit table', 'barePdf');
ratio('  ratio ours/bare (target <= 2)', 'pdf', 'barePdf');
line('diff 2023->2024, html report', 'diffHtml');
line('coverage, json', 'coverage');
row('  growth docx/pdf per 10x rows', [
  '',
  `${(results[10].docx / results[1].docx).toFixed(1)}x / ${(results[10].pdf / results[1].pdf).toFixed(1)}x`,
  `${(results[100].docx / results[10].docx).toFixed(1)}x / ${(results[100].pdf / results[10].pdf).toFixed(1)}x`,
]);

// Whole process, cold start included: what a user waits for (wholeProcess.js).
const out = mkdtempSync(join(tmpdir(), 'jaarschijf-bench-'));
wholeProcess(root, base);

// Peak memory at 940 rows: the CLI (its worker thread included) in a process of
// its own, on sources written 10x over; the median of three runs (when the
// garbage collector runs moves the peak by a few MB).
const scaledSource = writeScaledSources(base, 10, mkdtempSync(join(tmpdir(), 'jaarschijf-10x-')), join(root, 'agreements/harderwijk'));
const peaks = [0, 1, 2].map(() => {
  const mem = spawnSync(process.execPath, [join(root, 'bench/memoryChild.js'), scaledSource, join(out, '10x')], { encoding: 'utf8' });
  if (mem.status !== 0) throw new Error(mem.stderr);
  return Number(mem.stdout.trim().split('\n').pop()) / 1024;
});
peaks.sort((a, b) => a - b);
console.log(`Peak memory (max RSS), render 940 rows to docx + pdf, median of 3: ${peaks[1].toFixed(0)} MB (target < 200 MB)`);

// Batch: 50 generated variants, two worker processes (the machine's two cores).
const batch = mkdtempSync(join(tmpdir(), 'jaarschijf-batch-'));
const files = [];
for (let i = 0; i < 50; i++) {
  const dir = join(batch, `v${i}`);
  cpSync(join(root, 'agreements/harderwijk'), dir, { recursive: true });
  const file = join(dir, '2024.ts');
  writeFileSync(file, readFileSync(file, 'utf8').replace('Jaarschijf 2024', `Jaarschijf 2024 (variant ${i + 1})`));
  files.push(file);
}
const t0 = performance.now();
await Promise.all(
  [0, 1].map(
    (w) =>
      new Promise((resolve, reject) => {
        const child = spawn(process.execPath, [join(root, 'bench/batchChild.js'), ...files.filter((_, i) => i % 2 === w)], { stdio: ['ignore', 'ignore', 'inherit'] });
        child.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`batch worker exited ${code}`))));
      }),
  ),
);
const seconds = (performance.now() - t0) / 1000;
console.log(`Batch: 50 jaarschijven (docx + pdf), 2 workers: ${(50 / seconds).toFixed(1)} documents/s (${seconds.toFixed(1)} s)`);
