/**
 * Logos are read at `check` as renderers will use them: a regular file inside
 * the project folder (symbolic links followed), at most 5 MB; a PNG decoded
 * completely, its size bounded before any pixel is allocated; an SVG without
 * a DOCTYPE that the Word writer's SVG reader accepts. Each bad logo is fed
 * through the CLI: one message naming the party and the path, exit 1, and
 * nothing else (no file written, no hang).
 */
import { execFileSync } from 'node:child_process';
import { chmodSync, mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { crc32, deflateSync } from 'node:zlib';
import pngjs from 'pngjs';
import { describe, expect, it } from 'vitest';
import { runCli } from './helpers/cli.js';
import { exampleCopy } from './helpers/fixture.js';
import { openToAll, snapshotTree, unprivileged } from './helpers/sideEffects.js';

type Copy = ReturnType<typeof exampleCopy>;
/** The logo field's place: its line and column, the party, the field. */
const where = /^raamovereenkomst\.ts:\d+:\d+: partij uwoon: logo: /;

/** `check` (and `render`) in a copy whose Uwoon logo `setup` broke: exit 1 in time, the message, nothing written. */
function expectLogoProblem(setup: (copy: Copy) => void, expected: string | RegExp, options: { command?: 'check' | 'render'; user?: { uid: number; gid: number } } | undefined = {}) {
  const copy = exampleCopy();
  setup(copy);
  const before = snapshotTree(copy.dir);
  const args = options.command === 'render' ? ['render', '2024.ts', '--format', 'docx,pdf', '-o', 'out'] : ['check', '2024.ts'];
  const result = runCli(args, { cwd: copy.dir, timeout: 30_000, ...(options.user ? { user: options.user } : {}) });
  expect(result.signal, 'the command must end by itself').toBeNull();
  expect(result.status).toBe(1);
  const lines = result.stderr.trim().split('\n');
  const wanted = new RegExp(where.source + (typeof expected === 'string' ? `${expected.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$` : expected.source));
  expect(lines.some((l) => wanted.test(l)), `${wanted} in:\n${result.stderr}`).toBe(true);
  expect(result.stderr).not.toMatch(/internal error|^\s+at /m);
  expect(snapshotTree(copy.dir)).toEqual(before);
}

const useLogo = (copy: Copy, file: string) => copy.edit('raamovereenkomst.ts', 'logos/uwoon.svg', file);
const svg = (body: string) => `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 10 10">${body}</svg>`;

function png(width: number, height: number): Buffer {
  const image = new pngjs.PNG({ width, height });
  image.data.fill(0x80);
  return pngjs.PNG.sync.write(image);
}

/** A PNG whose header declares width × height (a valid chunk) over a few bytes of image data. */
function declaredPng(width: number, height: number): Buffer {
  const chunk = (type: string, data: Buffer) => {
    const body = Buffer.concat([Buffer.from(type, 'latin1'), data]);
    const length = Buffer.alloc(4);
    length.writeUInt32BE(data.length);
    const crc = Buffer.alloc(4);
    crc.writeUInt32BE(crc32(body));
    return Buffer.concat([length, body, crc]);
  };
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header.set([8, 6, 0, 0, 0], 8);
  const signature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  return Buffer.concat([signature, chunk('IHDR', header), chunk('IDAT', deflateSync(Buffer.alloc(3000))), chunk('IEND', Buffer.alloc(0))]);
}

describe('logo files', () => {
  it('refuses a pipe instead of waiting for it for ever', () => {
    expectLogoProblem((c) => {
      execFileSync('mkfifo', [join(c.dir, 'logos/pijp.svg')]);
      useLogo(c, 'logos/pijp.svg');
    }, '"logos/pijp.svg" is geen gewoon bestand (maar een apparaat, pipe of socket)');
  });

  it('follows symbolic links and refuses where they lead outside the project (/dev/zero)', () => {
    expectLogoProblem((c) => {
      symlinkSync('/dev/zero', join(c.dir, 'logos/nul.svg'));
      useLogo(c, 'logos/nul.svg');
    }, /"logos\/nul\.svg" ligt buiten de projectmap \(.*\) \(de koppeling wijst naar \/dev\/zero\); een logo hoort in de projectmap$/);
  });

  it('accepts a symbolic link to a logo inside the project', () => {
    const copy = exampleCopy();
    symlinkSync('uwoon.svg', join(copy.dir, 'logos/uwoon-kopie.svg'));
    useLogo(copy, 'logos/uwoon-kopie.svg');
    const result = runCli(['check', '2024.ts'], { cwd: copy.dir });
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
  });

  it('refuses a file over 5 MB, a folder and a missing file', () => {
    expectLogoProblem((c) => c.write('logos/uwoon.svg', svg(`<!--${'x'.repeat(6 * 1024 * 1024)}-->`)), /"logos\/uwoon\.svg" is 6 MB; een logo is hoogstens 5 MB$/);
    expectLogoProblem((c) => {
      mkdirSync(join(c.dir, 'logos/map.svg'));
      useLogo(c, 'logos/map.svg');
    }, '"logos/map.svg" is een map, geen afbeelding');
    expectLogoProblem((c) => useLogo(c, 'logos/weg.svg'), 'het logobestand "logos/weg.svg" bestaat niet');
  });

  const asUser = unprivileged();
  it.skipIf(!asUser)('names a logo that may not be read', () => {
    expectLogoProblem(
      (c) => {
        openToAll(c.dir);
        chmodSync(join(c.dir, 'logos/uwoon.svg'), 0o000);
      },
      'het logobestand "logos/uwoon.svg" mag niet worden gelezen (geen leesrechten)',
      asUser,
    );
  });
});

describe('PNG logos', () => {
  it('accepts a good PNG, which renders to Word and PDF', () => {
    const copy = exampleCopy();
    writeFileSync(join(copy.dir, 'logos/uwoon.png'), png(120, 40));
    useLogo(copy, 'logos/uwoon.png');
    const result = runCli(['render', '2024.ts', '--format', 'docx,pdf', '-o', 'out'], { cwd: copy.dir });
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    expect(result.stdout).toBe('out/harderwijk-2024.docx\nout/harderwijk-2024.pdf\n');
  });

  it('refuses a truncated PNG at check, and so before a renderer meets it', () => {
    const truncated = (c: Copy) => {
      const whole = png(120, 40);
      writeFileSync(join(c.dir, 'logos/uwoon.png'), whole.subarray(0, whole.length - 40));
      useLogo(c, 'logos/uwoon.png');
    };
    const message = '"logos/uwoon.png" is geen geldige PNG-afbeelding (afgebroken of beschadigd)';
    expectLogoProblem(truncated, message);
    expectLogoProblem(truncated, message, { command: 'render' });
  });

  it('refuses a small PNG that declares 100000 × 100000 pixels, without decoding it', () => {
    expectLogoProblem((c) => {
      writeFileSync(join(c.dir, 'logos/uwoon.png'), declaredPng(100_000, 100_000));
      useLogo(c, 'logos/uwoon.png');
    }, '"logos/uwoon.png" is 100000 × 100000 pixels; een logo is hoogstens 4096 × 4096 pixels (verklein het)');
  });
});

describe('SVG logos', () => {
  const doctype = '"logos/uwoon.svg": het SVG-bestand heeft een DOCTYPE, die naar een ander bestand kan verwijzen of entiteiten declareert; verwijder de regel <!DOCTYPE ...>';

  it('refuses a DOCTYPE, external or with entities', () => {
    expectLogoProblem((c) => c.write('logos/uwoon.svg', `<!DOCTYPE svg SYSTEM "file:///etc/passwd">${svg('')}`), doctype);
    expectLogoProblem((c) => c.write('logos/uwoon.svg', `<?xml version="1.0"?>\n<!DOCTYPE svg [<!ENTITY naam "Uwoon">]>\n${svg('<text>&naam;</text>')}`), doctype);
  });

  it('reports an unclosed tag with its line and column, at check and at render', () => {
    const unclosed = (c: Copy) => c.write('logos/uwoon.svg', svg('<g><rect width="5" height="5"/>'));
    const message = '"logos/uwoon.svg" (regel 1, kolom 92): het SVG-bestand is geen geldige XML: <g> (regel 1, kolom 61) is niet gesloten voor </svg>';
    expectLogoProblem(unclosed, message);
    expectLogoProblem(unclosed, message, { command: 'render' });
  });

  it('refuses what the Word writer cannot read: an unknown entity, a missing namespace', () => {
    expectLogoProblem((c) => c.write('logos/uwoon.svg', svg('<text>a&nbsp;b</text>')), '"logos/uwoon.svg": het SVG-bestand gebruikt &nbsp;, een entiteit die XML niet kent; schrijf het teken zelf (of als &#nummer;)');
    expectLogoProblem((c) => c.write('logos/uwoon.svg', '<svg viewBox="0 0 10 10"><rect width="5" height="5"/></svg>'), '"logos/uwoon.svg": het element <svg> mist xmlns="http://www.w3.org/2000/svg"');
  });
});
