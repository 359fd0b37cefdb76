/**
 * `--templates <dir>`: a mistake in the override's wording.json is a message
 * naming that file (not the package's templates/wording.json) and the entry,
 * with exit code 1 and no output written; a property Handlebars refuses to
 * read is such a mistake, not an empty heading.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from './helpers/cli.js';
import { exampleCopy } from './helpers/fixture.js';
import { snapshotTree } from './helpers/sideEffects.js';
import { packageTemplates } from '../src/document/wording.js';
import { checkWordingOverride, readWordingFile } from '../src/document/wordingChecks.js';

/** `render --templates eigen` with `eigen/wording.json` holding `json`: exit 1, the lines expected, nothing written. */
function expectTemplateProblems(json: string, expected: (string | RegExp)[], command: string[] = ['render', '2024.ts', '--format', 'html,docx', '-o', 'out']) {
  const copy = exampleCopy();
  const dir = copy.dir;
  mkdirSync(join(dir, 'eigen'));
  copy.write('eigen/wording.json', json);
  const before = snapshotTree(dir);
  const result = runCli([...command, '--templates', 'eigen'], { cwd: dir });
  expect(result.status).toBe(1);
  const lines = result.stderr.trim().split('\n');
  for (const e of expected) expect(lines.some((l) => (typeof e === 'string' ? l === e : e.test(l))), `${e} in:\n${result.stderr}`).toBe(true);
  expect(lines).toHaveLength(expected.length + 1); // and "N problems found."
  expect(result.stderr).not.toContain('templates/wording.json');
  expect(result.stderr).not.toMatch(/internal error|Handlebars: Access|^\s+at /m);
  expect(snapshotTree(dir)).toEqual(before);
}

describe("the package's own wording", () => {
  it('passes the check an override gets: every template parses and reads no inherited property', () => {
    const file = join(packageTemplates, 'wording.json');
    const tree = readWordingFile(file);
    expect(checkWordingOverride(tree, tree, file)).toEqual([]);
  });
});

describe('--templates', () => {
  it('refuses a property Handlebars would refuse to read, naming the template', () => {
    const refused = (name: string, column: number) =>
      `eigen/wording.json: themeHeading: de template leest "${name}" (regel 1, kolom ${column}): dat is geen variabele van deze tekst maar een ingebouwde eigenschap, die Handlebars weigert`;
    expectTemplateProblems(JSON.stringify({ themeHeading: '{{toString}}. Thema {{title}}' }), [refused('toString', 3)]);
    expectTemplateProblems(JSON.stringify({ themeHeading: '{{number}}. Thema {{title.constructor}}' }), [refused('constructor', 21)]);
    expectTemplateProblems(JSON.stringify({ themeHeading: '{{lookup this "__proto__"}} {{title}}' }), [refused('__proto__', 15)]);
  });

  it('names a variable the text does not have, and the ones it has', () => {
    expectTemplateProblems(JSON.stringify({ themeHeading: '{{nummer}}. Thema {{title}}' }), [
      'eigen/wording.json: themeHeading: de template gebruikt "nummer" (regel 1, kolom 3), maar die bestaat hier niet; wel: number, title',
    ]);
  });

  it('names a template that does not compile', () => {
    expectTemplateProblems(JSON.stringify({ themeHeading: '{{#if number}}{{number}}. Thema {{title}}', columns: { gereed: '{{#if a}}x{{/each}}' } }), [
      'eigen/wording.json: themeHeading: de template houdt op voordat een {{...}} of een blok {{#...}}...{{/...}} gesloten is (regel 1)',
      'eigen/wording.json: columns.gereed: het blok {{#if}} wordt gesloten met {{/each}} (regel 1, kolom 4)',
    ]);
  });

  it('names unknown entries and entries of the wrong kind, all at once', () => {
    expectTemplateProblems(JSON.stringify({ themaHeading: 'Thema {{title}}', columns: 'Kolommen', coverage: { reportTitel: 'Dekking' } }), [
      'eigen/wording.json: themaHeading: onbekende tekst: de wording van jaarschijf kent deze niet (bedoelt u "themeHeading"?)',
      /^eigen\/wording\.json: columns: hoort een groep teksten te zijn \(\{ "number", "doelstelling", /,
      'eigen/wording.json: coverage.reportTitel: onbekende tekst: de wording van jaarschijf kent deze niet (bedoelt u "coverage.reportTitle"?)',
    ]);
  });

  it('gives the line and column of a JSON syntax error', () => {
    expectTemplateProblems('{\n  "draftMark": "ONTWERP",\n  "continued" "(verder)"\n}\n', ["eigen/wording.json:3:15: geen geldige JSON (controleer aanhalingstekens, komma's en haakjes hier)"]);
  });

  it('says so when the folder has no wording.json, or is a file', () => {
    const copy = exampleCopy();
    const before = snapshotTree(copy.dir);
    const missing = runCli(['coverage', '2024.ts', '--templates', 'logos'], { cwd: copy.dir });
    expect(missing.status).toBe(1);
    expect(missing.stderr).toContain('logos/wording.json: bestand bestaat niet (--templates noemt een map met een wording.json)\n');
    const file = runCli(['diff', '2024.ts', '--format', 'html', '--templates', '2024.ts'], { cwd: copy.dir });
    expect(file.status).toBe(1);
    expect(file.stderr).toContain('2024.ts: is een bestand; --templates noemt de map waarin wording.json staat\n');
    expect(snapshotTree(copy.dir)).toEqual(before);
  });

  it('checks the override for coverage and diff too', () => {
    const bad = JSON.stringify({ coverage: { reportTitle: '{{jaar}}' }, diff: { reportTitle: '{{valueOf}}' } });
    expectTemplateProblems(bad, [/^eigen\/wording\.json: diff\.reportTitle: de template leest "valueOf"/], ['coverage', '2024.ts', '--format', 'md', '-o', 'dekking.md']);
  });
});

describe('a template run', () => {
  it('turns a property Handlebars refuses at run time into an error, not an empty text', async () => {
    const Handlebars = (await import('handlebars')).default;
    const { runTemplate, TemplateError } = await import('../src/document/wordingChecks.js');
    const template = Handlebars.compile('[{{lookup this name}}]', { noEscape: true, strict: true });
    expect(runTemplate(template, { name: 'name' })).toBe('[name]');
    expect(() => runTemplate(template, { name: 'toString' })).toThrow(TemplateError);
    expect(() => runTemplate(template, { name: 'toString' })).toThrow('de template leest "toString": dat is geen variabele van deze tekst maar een ingebouwde eigenschap, die Handlebars weigert');
  });
});
