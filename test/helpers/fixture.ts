import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { repoRoot } from './cli.js';

/** A scratch copy of the bundled example, to break on purpose. */
export function exampleCopy(): { dir: string; edit(file: string, from: string | RegExp, to: string): void; write(file: string, text: string): void } {
  const dir = mkdtempSync(join(tmpdir(), 'jaarschijf-'));
  cpSync(join(repoRoot, 'agreements/harderwijk'), dir, { recursive: true });
  return {
    dir,
    edit(file, from, to) {
      const path = join(dir, file);
      const text = readFileSync(path, 'utf8');
      const next = text.replace(from, to);
      if (next === text) throw new Error(`fixture edit found nothing to replace in ${file}: ${from}`);
      writeFileSync(path, next);
    },
    write(file, text) {
      writeFileSync(join(dir, file), text);
    },
  };
}
