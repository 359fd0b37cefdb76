/**
 * Inputs the file system will not give: every command says which file or
 * folder and why, in one message, and never reports an internal error. (Run
 * as an unprivileged user, so that read permissions hold.)
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from './helpers/cli.js';
import { exampleCopy } from './helpers/fixture.js';
import { openToAll, unprivileged } from './helpers/sideEffects.js';

describe('inputs that may not be read', () => {
  const asUser = unprivileged();
  it.skipIf(!asUser)('names a folder it may not read, for check, render, coverage --years and preview alike', () => {
    const copy = exampleCopy();
    openToAll(copy.dir);
    mkdirSync(join(copy.dir, 'geheim'), { mode: 0o700 });
    for (const command of [['check'], ['render'], ['coverage', '--years']]) {
      const result = runCli([...command, 'geheim'], { cwd: copy.dir, ...asUser });
      expect(result.stderr, command.join(' ')).toBe('geheim: de map mag niet worden gelezen (geen leesrechten)\n1 probleem gevonden.\n');
      expect(result.status).toBe(1);
    }
    // A source inside it: preview says so before it starts its server.
    writeFileSync(join(copy.dir, 'geheim', '2024.ts'), 'export default {};\n');
    const preview = runCli(['preview', 'geheim/2024.ts', '--port', '0'], { cwd: copy.dir, timeout: 20_000, ...asUser });
    expect(preview.stderr).toBe('geheim/2024.ts: bestand mag niet worden gelezen (geen leesrechten)\n1 probleem gevonden.\n');
    expect(preview.status).toBe(1);
  });

  it.skipIf(!asUser)('names a file it may not read for import and verify too (one helper reads what a command takes as it is)', () => {
    const copy = exampleCopy();
    openToAll(copy.dir);
    mkdirSync(join(copy.dir, 'geheim'), { mode: 0o755 });
    for (const name of ['prestatieafspraken.docx', 'getekend.pdf']) writeFileSync(join(copy.dir, 'geheim', name), 'niet te lezen', { mode: 0o600 });
    for (const args of [['import', 'geheim/prestatieafspraken.docx', '-o', 'nieuw'], ['verify', 'geheim/getekend.pdf']]) {
      const result = runCli(args, { cwd: copy.dir, ...asUser });
      expect(result.stderr, args[0]).toBe(`${args[1]}: bestand mag niet worden gelezen (geen leesrechten)\n1 probleem gevonden.\n`);
      expect(result.status).toBe(1);
    }
  });

});
