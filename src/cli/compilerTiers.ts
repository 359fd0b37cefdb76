/**
 * Which of V8's compilers a CLI process uses. Set when the CLI starts, before
 * the command's modules load; flags are the process's, so the worker threads
 * follow.
 *
 * - WebAssembly (QuickJS, HarfBuzz) stays on the baseline compiler, Liftoff:
 *   the optimizing tier compiled QuickJS's interpreter in the background for
 *   longer than the sources took to evaluate, and the process waited for it
 *   at exit (paired runs: check a fifth faster, render a tenth; a 940-row PDF
 *   as fast).
 * - JavaScript starts without the optimizing compiler, TurboFan. It compiles
 *   hot functions on background threads, which on two cores take the time of
 *   the threads that render; a command that renders one document of a few
 *   hundred rows ends before the optimized code has paid for its compiling
 *   (paired runs against the build before: render docx+pdf of the example
 *   0.79x, the monitor to PDF 0.84x, check 0.92x; bench/README.md). It is
 *   turned on where it does pay off: for a large document (1,880 rows: 1.15x
 *   slower without it) and in a process that goes on to a second document
 *   (a batch of 60: 1.08x slower without it at all, as fast as before with
 *   it turned on after the first document; preview's warm renders).
 */
import { setFlagsFromString } from 'node:v8';
import type { DocumentModel } from '../document/types.js';

/** From this many table rows on, a document renders faster optimized (940 rows: as fast either way). */
const LARGE_DOCUMENT_ROWS = 1000;

export function startWithBaselineCompilers(): void {
  setFlagsFromString('--liftoff-only');
  setFlagsFromString('--no-turbofan');
}

/** The process goes on to more work (another document, a preview's next render): optimize hot code from now on. */
export function optimizeFromNowOn(): void {
  setFlagsFromString('--turbofan');
}

/** Before a document is rendered: a large one is worth optimizing. */
export function optimizeIfLarge(doc: DocumentModel): void {
  if (tableRows(doc) >= LARGE_DOCUMENT_ROWS) optimizeFromNowOn();
}

function tableRows(doc: DocumentModel): number {
  let rows = 0;
  for (const section of doc.sections) for (const block of section.blocks) if (block.type === 'table') rows += block.rows.length;
  return rows;
}
