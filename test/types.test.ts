import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { repoRoot } from './helpers/cli.js';

/** Type-check a copy of the example (inside the repo, so `jaarschijf` resolves) after an edit. */
function typecheck(edit?: { file: string; from: string; to: string }): { status: number; output: string } {
  const dir = join(repoRoot, 'test/.artifacts', `types-${process.pid}-${Math.random().toString(36).slice(2)}`);
  mkdirSync(dir, { recursive: true });
  try {
    cpSync(join(repoRoot, 'agreements/harderwijk'), join(dir, 'src'), { recursive: true });
    if (edit) {
      const file = join(dir, 'src', edit.file);
      const text = readFileSync(file, 'utf8');
      expect(text).toContain(edit.from);
      writeFileSync(file, text.replace(edit.from, edit.to));
    }
    writeFileSync(join(dir, 'tsconfig.json'), JSON.stringify({ extends: '../../../tsconfig.json', compilerOptions: { types: [] }, include: ['src'] }));
    const result = spawnSync(process.execPath, [join(repoRoot, 'node_modules/typescript/bin/tsc'), '--noEmit', '-p', join(dir, 'tsconfig.json')], { encoding: 'utf8' });
    return { status: result.status ?? -1, output: result.stdout + result.stderr };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

describe('typed authoring: mistakes are TypeScript errors in the editor', () => {
  it('the example type-checks', () => {
    const result = typecheck();
    expect(result.output).toBe('');
    expect(result.status).toBe(0);
  });

  it('a kaderafspraak id that does not exist fails tsc', () => {
    const result = typecheck({ file: '2024.ts', from: "kader: 'uitvoeringsagenda'", to: "kader: 'bestaat-niet-99'" });
    expect(result.status).not.toBe(0);
    expect(result.output).toMatch(/2024\.ts\(\d+,\d+\): error TS2322: Type '"bestaat-niet-99"' is not assignable/);
  });

  it('a kaderafspraak of another theme fails tsc', () => {
    const result = typecheck({ file: '2024.ts', from: "kader: 'uitvoeringsagenda'", to: "kader: 'gematigd-streefhuurbeleid'" });
    expect(result.output).toMatch(/error TS2322: Type '"gematigd-streefhuurbeleid"' is not assignable/);
  });

  it('an unknown party fails tsc, as signatory and as trekker', () => {
    expect(typecheck({ file: '2024.ts', from: "party: 'uwoon'", to: "party: 'uwon'" }).output).toMatch(/error TS\d+: Type '"uwon"' is not assignable/);
    expect(typecheck({ file: '2024.ts', from: "trekker: ['gemeente']", to: "trekker: ['gemeentee']" }).output).toMatch(/error TS\d+: Type '"gemeentee"' is not assignable/);
  });
});
