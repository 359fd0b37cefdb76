/**
 * `check` says a jaarschijf is clean only when its documents can be signed as
 * they are: every party signs, every character can be shown, the Markdown
 * and the page are sane, and every problem is reported once.
 */
import { describe, expect, it } from 'vitest';
import { runCli } from './helpers/cli.js';
import { exampleCopy } from './helpers/fixture.js';
import { snapshotTree } from './helpers/sideEffects.js';

/** `check 2024.ts` on an edited copy: the problems, exit 1, nothing written. */
function problems(edit: (copy: ReturnType<typeof exampleCopy>) => void): string[] {
  const copy = exampleCopy();
  edit(copy);
  const before = snapshotTree(copy.dir);
  const result = runCli(['check', '2024.ts'], { cwd: copy.dir });
  expect(result.status).toBe(1);
  expect(snapshotTree(copy.dir)).toEqual(before);
  const lines = result.stderr.trim().split('\n');
  expect(lines.at(-1)).toBe(`${lines.length - 1} ${lines.length === 2 ? 'probleem' : 'problemen'} gevonden.`);
  return lines.slice(0, -1);
}

const agreement = "text: \"De gemeente stelt in 2024 een volkshuisvestelijk programma vast en betreft hierbij woningcorporaties en huurdersorganisaties.\"";
const withText = (text: string) => (c: ReturnType<typeof exampleCopy>) => c.edit('2024.ts', agreement, `text: ${text}`);

describe('a signed jaarschijf is signed by every party', () => {
  it('names the parties without a signatory', () => {
    const found = problems((c) => c.edit('2024.ts', /signatories: \[[\s\S]*?\n    \],/, "signatories: [{ name: 'E. Enklaar', role: 'wethouder', party: 'harderwijk' }],"));
    expect(found).toEqual([
      expect.stringMatching(/^2024\.ts:\d+:\d+: signing\.signatories: partijen zonder ondertekenaar: Stichting Uwoon \(uwoon\), Stichting Omnia Wonen \(omnia-wonen\), Stichting Huurdersraad Woonwijs \(woonwijs\), Stichting Huurdersorganisatie Omnia Wonen \(SHOW\) \(show\); elke partij van de raamovereenkomst ondertekent de jaarschijf$/),
    ]);
  });
});

describe('every character of a text can be shown', () => {
  it.each([
    ['a control character', '"Tekst\\u0007 met een bel"', /bevat een stuurteken \(U\+0007\) op positie 6, dat geen document kan tonen$/],
    ['a Unicode line separator', '"Regel\\u2028twee"', /bevat een Unicode-regelscheidingsteken \(U\+2028\) op positie 6; gebruik een gewone regelovergang$/],
    ['an unpaired surrogate', '"Half \\uD83C teken"', /bevat een ongeldig teken \(een losse helft van een surrogaatpaar, U\+D83C\) op positie 6/],
    ['an emoji', '"Een huis 🏠 erbij"', /het teken U\+1F3E0 \(🏠\) staat niet in het lettertype Source Sans 3 en kan niet in de PDF worden getoond/],
    ['Chinese', '"Wonen 住房"', /het teken U\+4F4F \(住\) staat niet in het lettertype Source Sans 3/],
    ['a zero-width joiner', '"Woning\\u200Druil"', /het teken U\+200D .* staat niet in het lettertype Source Sans 3/],
  ])('%s is an error naming the field and the character', (_, text, message) => {
    const found = problems(withText(text));
    expect(found.some((l) => /^2024\.ts:\d+:\d+: thema Beschikbaarheid, afspraak bes-01: text: /.test(l) && message.test(l)), found.join('\n')).toBe(true);
  });

  it('letters with accents, dashes, quotes and the euro sign are fine', () => {
    const copy = exampleCopy();
    withText('"Één café aan de Ĳsselkade – „goed” voor € 50.000, naïef en œuvre."')(copy);
    expect(runCli(['check', '2024.ts'], { cwd: copy.dir }).status).toBe(0);
  });
});

describe('Markdown that the documents cannot hold', () => {
  it('lists nested deeper than six levels, and a list nested two thousand deep, are errors, not a crash', () => {
    expect(problems(withText('"- a\\n  - b\\n    - c\\n      - d\\n        - e\\n          - f\\n            - g"'))).toEqual([
      expect.stringMatching(/afspraak bes-01: text: lijsten zijn 7 niveaus diep genest; hoogstens 6$/),
    ]);
    const deep = problems(withText('"- ".repeat(2000) + "x"'));
    expect(deep).toHaveLength(1);
    expect(deep[0]).toMatch(/afspraak bes-01: text: (lijsten zijn \d+ niveaus diep genest; hoogstens 6|de tekst is te diep genest om te lezen)/);
  });

  it('a table is refused by name until tables are supported', () => {
    expect(problems(withText('"| a | b |\\n| --- | --- |\\n| 1 | 2 |"'))).toEqual([expect.stringMatching(/afspraak bes-01: text: een tabel kan niet in de tekst van een afspraak$/)]);
  });

  it('every problem of a text is reported, not only the first', () => {
    const found = problems(withText('"<b>vet</b> en [x](javascript:alert(1)) en `code`"'));
    expect(found.map((l) => l.replace(/^.*text: /, ''))).toEqual([
      'HTML is niet toegestaan (alleen <u>...</u> voor onderstrepen): <b>',
      'HTML is niet toegestaan (alleen <u>...</u> voor onderstrepen): </b>',
      'een link moet beginnen met http:, https: of mailto: (niet "javascript:alert(1)")',
      'code (`...`) kan niet in de tekst van een afspraak',
    ]);
  });
});

describe('the page leaves room for the text', () => {
  it('margins that leave less than 80 × 60 mm are an error, not a renderer that runs out of memory', () => {
    const found = problems((c) => c.edit('2024.ts', "  year: 2024,", "  year: 2024,\n  page: { margins: { top: 100, bottom: 100 } },"));
    expect(found).toEqual([expect.stringMatching(/^2024\.ts:\d+:\d+: page\.margins: de marges boven en onder \(100 \+ 100 mm\) laten 10 mm hoogte over; er moet ten minste 60 mm overblijven$/)]);
  });
});

describe('each problem once, all in one run', () => {
  it('a date that does not exist is one problem; schema and reference problems come together', () => {
    const found = problems((c) => {
      c.edit('2024.ts', "date: '2023-12-12'", "date: '2023-02-30'");
      c.edit('2024.ts', "kader: 'uitvoeringsagenda'", "kader: 'bestaat-niet'");
      c.edit('2024.ts', "year: 2024,", "year: 2024,\n  onbekend: true,");
    });
    expect(found.filter((l) => l.includes('signing.date'))).toEqual([expect.stringMatching(/signing\.date: 2023-02-30 is geen bestaande datum$/)]);
    expect(found.some((l) => l.includes('onbekende kaderafspraak "bestaat-niet"'))).toBe(true);
    expect(found.some((l) => /onbekend: onbekend veld$/.test(l))).toBe(true);
    expect(new Set(found).size).toBe(found.length);
  });
});
