/**
 * Results that every run derives the same way from a file of a dependency
 * (the Word package's deflated font parts), made once by `npm run build` and
 * kept in dist/precomputed/. Each begins with the SHA-256 of what it was made
 * from, and is used only while that input is still the same: with another
 * version of the fonts installed, or no precomputed file, the result is made
 * as before, the same bytes either way.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

// This module is src/fonts/, dist/fonts/ or dist/bundle/: two levels below the package.
const dir = fileURLToPath(new URL('../../dist/precomputed/', import.meta.url));

let recording = false;

/** The build writes what it makes while this is on (build/bundleCli.js). */
export function recordPrecomputed(on: boolean): void {
  recording = on;
}

/** `make(input)`, or its result precomputed from the same input. */
export function precomputed(name: string, input: Uint8Array, make: () => Uint8Array): Uint8Array {
  const file = join(dir, name);
  const digest = createHash('sha256').update(input).digest();
  try {
    const stored = readFileSync(file);
    if (stored.subarray(0, digest.length).equals(digest)) return stored.subarray(digest.length);
  } catch {
    // Not made (a build without it, or a test running the sources): make it here.
  }
  const made = make();
  if (recording) {
    mkdirSync(dir, { recursive: true });
    writeFileSync(file, Buffer.concat([digest, made]));
  }
  return made;
}
