/**
 * Results that every run derives the same way from files of a dependency
 * (the Word package's deflated font parts, the characters the fonts cover),
 * made once by `npm run build` and kept in dist/precomputed/. Each begins
 * with the SHA-256 of what it was made from, and is used only while that
 * input is still the same: with another version of the fonts installed, or
 * no precomputed file, the result is made as before, the same either way.
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

/** `make()`, or its result precomputed from the same input. */
export function precomputed(name: string, input: Input, make: () => Uint8Array): Uint8Array {
  const digest = sha256(input);
  return stored(name, digest) ?? kept(name, digest, make());
}

/** As precomputed, for a result that takes a promise to make. */
export async function precomputedAsync(name: string, input: Input, make: () => Promise<Uint8Array>): Promise<Uint8Array> {
  const digest = sha256(input);
  return stored(name, digest) ?? kept(name, digest, await make());
}

/** What a result is made from: a file's bytes, or several files'. */
type Input = Uint8Array | readonly Uint8Array[];

function sha256(input: Input): Buffer {
  const hash = createHash('sha256');
  for (const part of input instanceof Uint8Array ? [input] : input) hash.update(part);
  return hash.digest();
}

function stored(name: string, digest: Buffer): Uint8Array | undefined {
  try {
    const bytes = readFileSync(join(dir, name));
    if (bytes.subarray(0, digest.length).equals(digest)) return bytes.subarray(digest.length);
  } catch {
    // Not made (a build without it, or a test running the sources): made here.
  }
  return undefined;
}

function kept(name: string, digest: Buffer, made: Uint8Array): Uint8Array {
  if (recording) {
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, name), Buffer.concat([digest, made]));
  }
  return made;
}
