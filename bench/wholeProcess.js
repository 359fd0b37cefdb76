// Whole-process figures: each command started as a user starts it, timed
// from outside from its start to its exit, start-up included. Commands that
// are compared run in turn (A B A B ...) so that a drift in the machine's
// speed hits both; the ratio is taken pair by pair and its median printed.
// With GNU time (/usr/bin/time) the processor time (user + system) is
// printed too: on a busy machine it moves less than the wall clock.
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildJaarschijfDocument } from '../dist/document/buildJaarschijfDocument.js';
import { tableTexts } from './baselines.js';
import { scaleLoaded } from './scaleLoaded.js';
import { writeScaledSources } from './writeScaledSources.js';
import { writeTypstDocument } from './typstDocument.js';

const gnuTime = existsSync('/usr/bin/time') && spawnSync('/usr/bin/time', ['-f', '%e', 'true']).status === 0 ? '/usr/bin/time' : undefined;

/** One run: wall seconds (and processor seconds with GNU time). */
function timed(argv, env = {}) {
  const [command, ...args] = gnuTime ? [gnuTime, '-f', 'TIME %e %U %S', ...argv] : argv;
  const started = performance.now();
  const r = spawnSync(command, args, { encoding: 'utf8', env: { ...process.env, ...env }, maxBuffer: 64 * 1024 * 1024 });
  const wall = (performance.now() - started) / 1000;
  if (r.status !== 0) throw new Error(`${argv.join(' ')} failed:\n${r.stderr}`);
  const time = /TIME ([\d.]+) ([\d.]+) ([\d.]+)\s*$/.exec(r.stderr);
  return { wall, cpu: time ? Number(time[2]) + Number(time[3]) : undefined, stderr: r.stderr };
}

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor((sorted.length - 1) / 2)];
};

/**
 * Runs the commands of each group in turn, `rounds` times after one round
 * not counted; a group's figure is the sum of its commands in that round.
 */
export function paired(groups, rounds) {
  const results = groups.map(() => []);
  for (let round = -1; round < rounds; round++) {
    groups.forEach((group, i) => {
      const runs = group.map((argv) => timed(argv));
      if (round >= 0) results[i].push({ wall: runs.reduce((s, r) => s + r.wall, 0), cpu: runs.every((r) => r.cpu !== undefined) ? runs.reduce((s, r) => s + r.cpu, 0) : undefined });
    });
  }
  return results.map((runs, i) => ({
    wall: median(runs.map((r) => r.wall)),
    cpu: runs[0].cpu === undefined ? undefined : median(runs.map((r) => r.cpu)),
    ratio: i === 0 ? undefined : { wall: median(runs.map((r, k) => results[0][k].wall / r.wall)), cpu: runs[0].cpu === undefined ? undefined : median(runs.map((r, k) => results[0][k].cpu / r.cpu)) },
  }));
}

/** A copy of the package (bin, dist, templates; node_modules linked) without the build's precomputed data. */
function withoutPrecomputed(root) {
  const copy = mkdtempSync(join(tmpdir(), 'jaarschijf-noprecomputed-'));
  for (const part of ['bin', 'dist', 'templates', 'package.json']) cpSync(join(root, part), join(copy, part), { recursive: true });
  rmSync(join(copy, 'dist/precomputed'), { recursive: true, force: true });
  symlinkSync(join(root, 'node_modules'), join(copy, 'node_modules'));
  return copy;
}

const s = (v) => (v === undefined ? '-' : `${v.toFixed(2)} s`);
const x = (v) => (v === undefined ? '-' : `${v.toFixed(2)}x`);

export function wholeProcess(root, base, { rounds1 = 15, rounds10 = 5 } = {}) {
  const node = process.execPath;
  const bin = join(root, 'bin/jaarschijf.js');
  const work = mkdtempSync(join(tmpdir(), 'jaarschijf-whole-'));
  const out = join(work, 'out');
  const example = join(root, 'agreements/harderwijk/2024.ts');
  const sources = { 1: example, 10: writeScaledSources(base, 10, join(work, 'x10/agreements/x10'), join(root, 'agreements/harderwijk')) };
  // The scaled sources need a project folder of their own (a source stays inside its project).
  writeFileSync(join(work, 'x10/package.json'), '{ "private": true }\n');
  const typst = { 1: writeTypstDocument(buildJaarschijfDocument(base), join(work, 'typst1')), 10: writeTypstDocument(buildJaarschijfDocument(scaleLoaded(base, 10)), join(work, 'typst10')) };
  const texts = join(work, 'texts.json');
  writeFileSync(texts, JSON.stringify(tableTexts(buildJaarschijfDocument(base))));

  const render = (file, formats, binPath = bin) => [node, binPath, 'render', file, '--format', formats, '-o', out];
  const typstRun = (k) => [node, join(root, 'bench/typstChild.js'), typst[k], join(work, `typst${k}.pdf`)];
  const bare = (format) => [node, join(root, 'bench/bareChild.js'), format, texts, join(work, `bare.${format}`)];

  console.log(`\nWhole process (medians; ${gnuTime ? 'wall and processor time, user + system' : 'wall time'}; commands in turn, ratio per pair):\n`);
  const row = (label, r, yardstick) => console.log(`${label.padEnd(52)}${s(r.wall).padStart(9)}${gnuTime ? ` (cpu ${s(r.cpu)})` : ''}${r.ratio ? `   ${yardstick}: ${x(r.ratio.wall)}${gnuTime ? ` (cpu ${x(r.ratio.cpu)})` : ''}` : ''}`);

  const [docxPdf, bareSum] = paired([[render(example, 'docx,pdf')], [bare('docx'), bare('pdf')]], rounds1);
  row('render --format docx,pdf, 94 rows', docxPdf);
  row('  bare docx process + bare pdfkit process', bareSum, 'ours / bare');
  console.log(`  goal: ours / bare <= 1.0`);

  for (const k of [1, 10]) {
    const [ours, theirs] = paired([[render(sources[k], 'pdf')], [typstRun(k)]], k === 1 ? rounds1 : rounds10);
    row(`render --format pdf, ${k === 1 ? '94' : '940'} rows`, ours);
    row('  Typst, the same document', theirs, 'ours / Typst (aim < 1)');
  }

  const [check, bare0, floor] = paired([[[node, bin, 'check', example]], [[node, '-e', '0']], [[node, join(root, 'bench/sandboxFloorChild.js')]]], rounds1);
  row('check 2024.ts (goal <= 0.30 s)', check);
  row('  node -e 0 (Node alone)', bare0, 'check / Node');
  row('  Node + sandbox thread + QuickJS, 1 + 1', floor, 'check / that floor');

  // The build's precomputed font data (dist/precomputed/) is the only thing a
  // run reads that a run could make itself; nothing is cached at run time.
  const copy = withoutPrecomputed(root);
  const [built, bare2] = paired([[render(example, 'docx,pdf')], [render(example, 'docx,pdf', join(copy, 'bin/jaarschijf.js'))]], rounds1);
  row('render --format docx,pdf, as built', built);
  row('  the same without dist/precomputed/', bare2, 'as built / without');
  rmSync(copy, { recursive: true, force: true });

  printPhases('render --format docx,pdf', render(example, 'docx,pdf'), 'docx');

  // The monitor against the jaarschijf it reports on, rendered to the same
  // format (the same writer, fonts and logos, the same sources but for the
  // monitor's own, as many pages, 16, without the four charts), and against
  // the bare library alone writing the jaarschijf's table texts.
  console.log('\nThe monitor (commands in turn, ratio per pair):\n');
  const monitor = (format) => [node, bin, 'monitor', join(root, 'agreements/harderwijk/monitor-2024.ts'), '--format', format, '-o', join(out, `monitor.${format}`)];
  for (const format of ['pdf', 'docx']) {
    const [ours, jaarschijf, library] = paired([[monitor(format)], [render(example, format)], [bare(format)]], rounds10);
    row(`monitor --format ${format} (goal < 1 s)`, ours);
    row(`  render --format ${format} of the jaarschijf itself`, jaarschijf, 'monitor / render');
    row(`  bare ${format === 'pdf' ? 'pdfkit' : 'docx'} process alone`, library, 'monitor / bare');
  }
  printPhases('monitor --format pdf', monitor('pdf'));
  rmSync(work, { recursive: true, force: true });
}

/**
 * Three cold runs, phase by phase (JAARSCHIJF_PHASES, src/cli/phases.ts): the
 * time each phase took, in ms; `aside` is a phase on a thread of its own,
 * timed from the end of build.
 */
function printPhases(label, argv, aside) {
  console.log(`\nPhases of a run of ${label}, ms (boot: Node itself${aside ? `; ${aside}: on its own thread, from the end of build` : ''}):`);
  for (let i = 0; i < 3; i++) {
    const { stderr } = timed(argv, { JAARSCHIJF_PHASES: '1' });
    const main = JSON.parse(stderr.split('\n').find((l) => l.startsWith('{"phases"'))).phases;
    const asideEnd = aside ? main[aside] : undefined;
    if (aside) delete main[aside];
    let last = 0;
    const parts = Object.entries(main).map(([name, end]) => {
      const took = end - last;
      last = end;
      return `${name} ${took.toFixed(0)}`;
    });
    console.log(`  ${parts.join(' | ')} | total ${last.toFixed(0)}${aside ? `   (${aside} ${(asideEnd - main.build).toFixed(0)})` : ''}`);
  }
}

