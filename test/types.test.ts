import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { exampleCopy } from './helpers/fixture.js';
import { typecheckDir } from './helpers/typecheck.js';

/** Type-check a copy of the example after an edit. */
function typecheck(edit?: { file: string; from: string; to: string }): { status: number; output: string } {
  const copy = exampleCopy();
  if (edit) {
    expect(readFileSync(join(copy.dir, edit.file), 'utf8')).toContain(edit.from);
    copy.edit(edit.file, edit.from, edit.to);
  }
  return typecheckDir(copy.dir);
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

  it('a monitor naming an agreement the jaarschijf does not have fails tsc', () => {
    const result = typecheck({ file: 'monitor-2024.ts', from: "'bes-09': 'gereed',", to: "'bes-99': 'gereed'," });
    expect(result.status).not.toBe(0);
    expect(result.output).toMatch(/monitor-2024\.ts\(\d+,\d+\): error TS2353: Object literal may only specify known properties, and ''bes-99'' does not exist/);
  });

  it('a monitor status outside the vocabulary, or a party that is no woningcorporatie, fails tsc', () => {
    expect(typecheck({ file: 'monitor-2024.ts', from: "'lee-04': 'gereed',", to: "'lee-04': 'klaar'," }).output).toMatch(/monitor-2024\.ts\(\d+,\d+\): error TS2322: Type '"klaar"' is not assignable/);
    expect(typecheck({ file: 'monitor-2024.ts', from: "corporation: 'uwoon', homes: 56", to: "corporation: 'harderwijk', homes: 56" }).output).toMatch(/monitor-2024\.ts\(\d+,\d+\): error TS2322: Type '"harderwijk"' is not assignable/);
    expect(typecheck({ file: 'monitor-2024.ts', from: "afspraak: 'pro-03'", to: "afspraak: 'pro-33'" }).output).toMatch(/error TS\d+: Type '"pro-33"' is not assignable/);
  });

  it('an unknown party fails tsc, as signatory and as trekker', () => {
    expect(typecheck({ file: '2024.ts', from: "party: 'uwoon'", to: "party: 'uwon'" }).output).toMatch(/error TS\d+: Type '"uwon"' is not assignable/);
    expect(typecheck({ file: '2024.ts', from: "trekker: ['gemeente']", to: "trekker: ['gemeentee']" }).output).toMatch(/error TS\d+: Type '"gemeentee"' is not assignable/);
  });
});
