/**
 * One output, written through the output set (temporary file, then rename):
 * for callers with a single file and no loaded sources, such as the bench.
 */
import { writeOutputSet } from './writeOutputSet.js';

export async function writeFileAtomic(target: string, data: string | Uint8Array, inputs: readonly string[] = []): Promise<void> {
  await writeOutputSet([{ target, data }], { inputs });
}
