/**
 * A face of Source Sans 3 cut down to the characters a page uses, as a
 * complete TrueType font a browser accepts (cmap, name, OS/2, kerning): what
 * the HTML pages embed. HarfBuzz's subsetter does the cutting; harfbuzzjs
 * ships it as a WebAssembly module of its own (harfbuzz-subset.wasm) without
 * a JavaScript wrapper, so its C functions are called here, and only here
 * (canary: test/libraryInternals.test.ts). The same characters give the same
 * bytes.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fontData, type Face } from './sourceSans.js';

interface HbSubset {
  memory: WebAssembly.Memory;
  malloc(size: number): number;
  free(pointer: number): void;
  hb_blob_create(data: number, length: number, mode: number, userData: number, destroy: number): number;
  hb_blob_destroy(blob: number): void;
  hb_blob_get_data(blob: number, length: number): number;
  hb_blob_get_length(blob: number): number;
  hb_face_create(blob: number, index: number): number;
  hb_face_destroy(face: number): void;
  hb_face_reference_blob(face: number): number;
  hb_set_add(set: number, codePoint: number): void;
  hb_subset_input_create_or_fail(): number;
  hb_subset_input_destroy(input: number): void;
  hb_subset_input_unicode_set(input: number): number;
  hb_subset_or_fail(face: number, input: number): number;
}

/** HB_MEMORY_MODE_WRITABLE: HarfBuzz may use the copy in its memory as it is. */
const MEMORY_MODE_WRITABLE = 2;

let subsetter: HbSubset | undefined;

function hb(): HbSubset {
  // The module imports nothing: no Emscripten runtime, only its own memory.
  subsetter ??= new WebAssembly.Instance(new WebAssembly.Module(readFileSync(createRequire(import.meta.url).resolve('harfbuzzjs/dist/harfbuzz-subset.wasm')))).exports as unknown as HbSubset;
  return subsetter;
}

/** The face with only the glyphs of `codePoints` (and what they need: ligatures, accents). */
export function subsetFont(face: Face, codePoints: Iterable<number>): Uint8Array {
  const x = hb();
  const font = fontData(face);
  const copy = x.malloc(font.byteLength);
  if (!copy) throw new Error('harfbuzz-subset: out of memory');
  new Uint8Array(x.memory.buffer).set(font, copy);
  const blob = x.hb_blob_create(copy, font.byteLength, MEMORY_MODE_WRITABLE, 0, 0);
  const source = x.hb_face_create(blob, 0);
  x.hb_blob_destroy(blob);
  const input = x.hb_subset_input_create_or_fail();
  const subset = input ? subsetWith(x, source, input, codePoints) : 0;
  x.hb_face_destroy(source);
  x.free(copy);
  if (!subset) throw new Error(`harfbuzz-subset: the ${face} face could not be subset`);
  const result = x.hb_face_reference_blob(subset);
  // Read after the work is done: the memory may have grown, which detaches earlier views of it.
  const start = x.hb_blob_get_data(result, 0);
  const bytes = new Uint8Array(x.memory.buffer).slice(start, start + x.hb_blob_get_length(result));
  x.hb_blob_destroy(result);
  x.hb_face_destroy(subset);
  return bytes;
}

function subsetWith(x: HbSubset, source: number, input: number, codePoints: Iterable<number>): number {
  const unicodes = x.hb_subset_input_unicode_set(input);
  for (const codePoint of codePoints) x.hb_set_add(unicodes, codePoint);
  const subset = x.hb_subset_or_fail(source, input);
  x.hb_subset_input_destroy(input);
  return subset;
}
