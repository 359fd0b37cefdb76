/** A mistake in how a command was called: printed with the usage line, exit 1. */
export class UsageError extends Error {
  constructor(message: string, readonly usage?: string) {
    super(message);
    this.name = 'UsageError';
  }
}

/** One option in a command's help. */
export interface OptionHelp {
  /** As the user types it: `-f, --format <formaten>`. */
  readonly flag: string;
  /** What it does (Dutch, one line). */
  readonly text: string;
  /** What applies when the option is left out, shown as "(standaard: ...)". */
  readonly default?: string;
}

/**
 * Everything the CLI says about one command: its line in `jaarschijf --help`
 * and its own `--help`. A new command is one entry in `commandHelp` (and one
 * loader in main.ts); its usage line for error messages follows from it.
 */
export interface CommandHelp {
  /** The usage line: `jaarschijf check <bestand.ts>...`. */
  readonly usage: string;
  /** One Dutch line for the command list. */
  readonly summary: string;
  /** A few more lines for the command's own help, when the summary is not enough. */
  readonly details?: readonly string[];
  readonly options: readonly OptionHelp[];
  /** One command line that works as written in this repository (the tests run it). */
  readonly example: string;
}

const templatesOption: OptionHelp = {
  flag: '--templates <map>',
  text: 'map met een eigen wording.json, met alleen de teksten die u wijzigt',
  default: 'de vaste teksten van jaarschijf',
};

/** `-o, --out <bestand>` of the commands that print a report unless told a file. */
const outFileOption = (byDefault: string): OptionHelp => ({ flag: '-o, --out <bestand>', text: 'schrijf naar dit bestand', default: byDefault });

export const commandHelp = {
  init: {
    usage: 'jaarschijf init <gemeente> [--year <jaar>] [--map <map>]',
    summary: 'begin een nieuwe gemeente: raamovereenkomst, eerste jaarschijf en voorlopige logo\'s',
    details: [
      'Maakt een map met raamovereenkomst.ts (partijen en één voorbeeldthema), <jaar>.ts (een concept-jaarschijf),',
      "voorlopige logo's en een tsconfig.json waarmee de editor fouten onderstreept en ids aanvult.",
      'Een bestaand bestand wordt nooit overschreven.',
    ],
    options: [
      { flag: '--year <jaar>', text: 'het jaar van de eerste jaarschijf; de raamovereenkomst loopt vijf jaar vanaf dit jaar', default: 'het komende jaar' },
      { flag: '--map <map>', text: 'de map voor de nieuwe bestanden, ook buiten dit project', default: 'agreements/<gemeente>' },
    ],
    example: 'jaarschijf init Zwolle --year 2027',
  },
  check: {
    usage: 'jaarschijf check <bestand.ts|map>... [--strict]',
    summary: 'controleer jaarschijven en toon per bestand een samenvatting',
    details: [
      'Meldt elk probleem in alle genoemde bestanden tegelijk, met bestand, regel en veld, en eindigt dan met code 1.',
      'Punten om na te kijken (review) worden gemeld; zolang er een is, is de jaarschijf een CONCEPT.',
      'Een monitor (defineMonitor) wordt net zo gecontroleerd; afspraken zonder stand in het laatste overleg worden gemeld.',
      'Een raamovereenkomst (defineRaamovereenkomst) kan ook op zichzelf gecontroleerd worden; een map: elk .ts-bestand erin.',
    ],
    options: [{ flag: '--strict', text: 'eindig met code 1 zolang er punten om na te kijken zijn', default: 'uit' }],
    example: 'jaarschijf check agreements/harderwijk',
  },
  render: {
    usage: 'jaarschijf render <bestand.ts|map>... [--format docx,pdf,html,md] [-o <map>] [--annex coverage] [--templates <map>]',
    summary: 'maak het document van een jaarschijf in Word, PDF, HTML en/of Markdown',
    details: [
      'Schrijft <map>/<gemeente>-<jaar>.<formaat>; dezelfde bron geeft altijd dezelfde bestanden.',
      'Met meerdere bronnen of een map (elke jaarschijf erin): alle documenten in één keer, op alle kernen, met een regel',
      'per document en een samenvatting. Een mislukte bron houdt de andere niet tegen; de code is dan 1.',
    ],
    options: [
      { flag: '-f, --format <formaten>', text: 'docx, pdf, html en/of md, gescheiden door komma\'s', default: 'docx,pdf' },
      { flag: '-o, --out <map>', text: 'de map voor de documenten', default: 'output' },
      { flag: '--annex coverage', text: 'voeg de dekking van de kaderafspraken toe als bijlage', default: 'geen bijlage' },
      templatesOption,
    ],
    example: 'jaarschijf render agreements/harderwijk/2024.ts --format pdf -o output',
  },
  coverage: {
    usage: 'jaarschijf coverage <bestand.ts> [--format text|json|md|html|docx|pdf] [-o <bestand>] [--strict] [--monitor <monitor.ts>] [--templates <map>] | --years <bestand.ts>...',
    summary: 'toon welke kaderafspraken dit jaar (of over de jaren) geen jaarafspraak hebben',
    details: ['Met --years: meerdere jaarschijven, één jaarschijf met haar vorige jaren, of een map met jaarschijven.'],
    options: [
      { flag: '-f, --format <formaat>', text: 'text, json, md, html, docx of pdf (Word en PDF: het rapport om te printen of te versturen)', default: 'text, of het formaat dat de extensie van -o noemt' },
      outFileOption('naar de terminal; docx en pdf naar output/'),
      { flag: '--strict', text: 'eindig met code 1 als een kaderafspraak geen jaarafspraak heeft (met --years: in het laatste jaar)' },
      { flag: '--years', text: 'per kaderafspraak de jaren zonder jaarafspraak' },
      { flag: '--monitor <monitor.ts>', text: 'toon naast elke jaarafspraak haar laatste stand in de monitor van deze jaarschijf', default: 'zonder stand' },
      templatesOption,
    ],
    example: 'jaarschijf coverage agreements/harderwijk/2024.ts --format html -o output/harderwijk-dekking-2024.html',
  },
  diff: {
    usage: 'jaarschijf diff [<vorig.ts>] <huidig.ts> [--format text|json|md|html|docx|pdf] [-o <bestand>] [--monitor <monitor.ts>] [--templates <map>]',
    summary: 'toon wat er veranderd is sinds vorig jaar',
    details: ['Met één bestand: vergeleken met de vorige jaarschijf die het noemt (previous).'],
    options: [
      { flag: '-f, --format <formaat>', text: 'text, json, md, html, docx (Word met de wijzigingen als bijgehouden wijzigingen) of pdf (het rapport om te printen of te versturen)', default: 'text, of het formaat dat de extensie van -o noemt' },
      outFileOption('naar de terminal; docx en pdf naar output/'),
      { flag: '--monitor <monitor.ts>', text: 'toon in het rapport (html, md, pdf) naast elke afspraak haar laatste stand in de monitor van een van beide jaren', default: 'zonder stand' },
      templatesOption,
    ],
    example: 'jaarschijf diff agreements/harderwijk/2023.ts agreements/harderwijk/2024.ts',
  },
  draft: {
    usage: 'jaarschijf draft <jaar> --from <bestand.ts> [--raamovereenkomst <bestand.ts>] [--monitor <monitor.ts>] [-o <bestand.ts>] [--force]',
    summary: 'maak een concept-jaarschijf voor het volgende jaar uit die van dit jaar',
    details: ['Neemt elke jaarafspraak met al haar velden over en zet punten om na te kijken (review) bij teksten met het oude jaar, verstreken data en kaderafspraken zonder jaarafspraak.'],
    options: [
      { flag: '--from <bestand.ts>', text: 'de jaarschijf van het jaar ervoor (verplicht)' },
      { flag: '--raamovereenkomst <bestand.ts>', text: 'de raamovereenkomst van een nieuwe periode: het concept wordt haar eerste jaar; afspraken waarvan de kaderafspraak niet meer bestaat worden punten om na te kijken' },
      { flag: '--monitor <monitor.ts>', text: 'de monitor van die jaarschijf: afspraken die gereed of vervallen zijn worden niet overgenomen, vertraagde en niet gestarte gemarkeerd', default: 'alle afspraken overnemen' },
      { flag: '-o, --out <bestand.ts>', text: 'het nieuwe bestand', default: '<jaar>.ts naast het --from-bestand' },
      { flag: '--force', text: 'overschrijf een bestaand bestand', default: 'nooit overschrijven' },
    ],
    example: 'jaarschijf draft 2025 --from agreements/harderwijk/2024.ts',
  },
  monitor: {
    usage: 'jaarschijf monitor <monitor.ts> [--format text|json|md|html|docx|pdf] [-o <bestand>] [--templates <map>]',
    summary: 'toon de voortgangsmonitor: de stand van elke afspraak per bestuurlijk overleg, en de nieuwbouwmonitor',
    details: [
      'Per thema elke afspraak met haar stand (gereed, op schema, vertraagd, niet gestart, vervallen) in elk overleg en de laatste',
      'toelichting; een samenvatting met grafiek; de nieuwbouw per jaar en opgeteld tegen de bandbreedte van het doel, en de',
      'verdeling over de woningcorporaties. Afspraken zonder stand in het laatste overleg worden gemeld.',
    ],
    options: [
      { flag: '-f, --format <formaat>', text: 'text, json, md, html, docx of pdf', default: 'text, of het formaat dat de extensie van -o noemt' },
      outFileOption('naar de terminal; docx en pdf naar output/<gemeente>-monitor-<jaar>'),
      templatesOption,
    ],
    example: 'jaarschijf monitor agreements/harderwijk/monitor-2024.ts --format pdf -o output/monitor-2024.pdf',
  },
  preview: {
    usage: 'jaarschijf preview <bestand.ts> [--port 4000] [--templates <map>]',
    summary: 'toon het document live in de browser, bijgewerkt bij elke wijziging',
    details: [
      'Toont de pagina\'s van de PDF op http://127.0.0.1:<poort>; na elke wijziging van de bron, de raamovereenkomst,',
      "een logo of de teksten wordt het document opnieuw gemaakt. Problemen staan dan in de pagina. Ctrl-C stopt het.",
    ],
    options: [
      { flag: '-p, --port <poort>', text: 'de poort op 127.0.0.1; 0 kiest een vrije poort', default: '4000' },
      templatesOption,
    ],
    example: 'jaarschijf preview agreements/harderwijk/2024.ts',
  },
  sign: {
    usage: 'jaarschijf sign <bestand.pdf> --field <veld> --p12 <bestand.p12> [--password-env <NAAM>] [--reason <tekst>] [--location <plaats>] [--time <ISO-tijd>] [--allow-expired] [-o <bestand.pdf>]',
    summary: 'onderteken het veld van één ondertekenaar in de definitieve PDF',
    details: [
      'Een PAdES-handtekening (ETSI.CAdES.detached, SHA-256) met de certificaatketen, als toevoeging aan het bestand:',
      'eerdere handtekeningen blijven geldig. Het wachtwoord wordt gevraagd, of komt uit --password-env; nooit als argument.',
    ],
    options: [
      { flag: '--field <veld>', text: 'het handtekeningveld van de ondertekenaar (verify toont ze)' },
      { flag: '--p12 <bestand.p12>', text: 'het certificaat met de sleutel (PKCS#12, .p12 of .pfx)' },
      { flag: '--password-env <NAAM>', text: 'lees het wachtwoord uit deze omgevingsvariabele', default: 'vragen' },
      { flag: '--reason <tekst>', text: 'de reden, zichtbaar in het veld', default: 'geen' },
      { flag: '--location <plaats>', text: 'de plaats van ondertekening', default: 'geen' },
      { flag: '--time <ISO-tijd>', text: 'het tijdstip van ondertekening (voor reproduceerbare tests)', default: 'nu' },
      { flag: '--allow-expired', text: 'onderteken ook met een verlopen certificaat (alleen voor tests)', default: 'uit' },
      { flag: '-o, --out <bestand.pdf>', text: 'het ondertekende bestand', default: '<naam>-ondertekend-<n>-van-<m>.pdf naast het origineel' },
    ],
    example: 'jaarschijf sign output/harderwijk-2024.pdf --field handtekening-e-enklaar --p12 enklaar.p12 --reason "Akkoord"',
  },
  verify: {
    usage: 'jaarschijf verify <bestand.pdf> [--format text|json] [--require-all]',
    summary: 'controleer de handtekeningen in een PDF: wie, wanneer, geldig en ongewijzigd',
    details: ['Eindigt met code 0 alleen als elke handtekening geldig is en er daarna niets aan het bestand is veranderd.'],
    options: [
      { flag: '-f, --format <formaat>', text: 'text of json', default: 'text' },
      { flag: '--require-all', text: 'eindig ook met code 1 zolang een veld niet ondertekend is', default: 'uit' },
    ],
    example: 'jaarschijf verify harderwijk-2024-ondertekend-5-van-5.pdf --require-all',
  },
  import: {
    usage: 'jaarschijf import <bestand.docx> [-o <map>] [--year <jaar>] [--force]',
    summary: 'lees prestatieafspraken uit een Word-document in: raamovereenkomst, jaarschijf en die van vorig jaar',
    details: [
      'Leest de thema\'s, de tabellen (Doelstelling, Kaderafspraken, Jaarafspraken van vorig jaar en dit jaar; of Afspraak,',
      "Toelichting, Trekker, Gereed) en de ondertekening, en schrijft raamovereenkomst.ts, <jaar>.ts, <jaar-1>.ts en voorlopige logo's.",
      'Wat geen plaats vindt, wordt gemeld met waar het stond (tabel, rij, kolom of alinea). Bestaande bestanden blijven staan zonder --force.',
    ],
    options: [
      { flag: '-o, --out <map>', text: 'de map voor de bronnen', default: 'agreements/<gemeente>' },
      { flag: '--year <jaar>', text: 'het jaar van de jaarschijf, als de kolomkoppen en de titel het niet noemen', default: 'uit het document' },
      { flag: '--force', text: 'overschrijf bestaande bestanden', default: 'nooit overschrijven' },
    ],
    example: 'jaarschijf import prestatieafspraken-2024.docx -o agreements/harderwijk-import',
  },
} as const satisfies Record<string, CommandHelp>;

export type CommandName = keyof typeof commandHelp;

/** Each command's usage line, for `UsageError`s. */
export const commands = Object.fromEntries(Object.entries(commandHelp).map(([name, help]) => [name, help.usage])) as {
  readonly [C in CommandName]: (typeof commandHelp)[C]['usage'];
};

export function isCommandName(name: string): name is CommandName {
  return Object.hasOwn(commandHelp, name);
}

/** `jaarschijf --help`: every command with one line. */
export function helpText(): string {
  const names = Object.keys(commandHelp) as CommandName[];
  const width = Math.max(...names.map((n) => n.length));
  return [
    'jaarschijf: prestatieafspraken als getypte bron, gecontroleerd, vergeleken en als document',
    '',
    'Gebruik: jaarschijf <opdracht> [opties]',
    '',
    'Opdrachten:',
    ...names.map((name) => `  ${name.padEnd(width)}  ${commandHelp[name].summary}`),
    '',
    'Algemene opties:',
    ...table([
      ['-h, --help', 'deze hulp; `jaarschijf <opdracht> --help` voor één opdracht'],
      ['-v, --version', 'het versienummer van jaarschijf'],
    ]),
  ].join('\n');
}

/** `jaarschijf <command> --help`: usage, options with their defaults, an example. */
export function commandHelpText(name: CommandName): string {
  const help: CommandHelp = commandHelp[name];
  const lines = [`jaarschijf ${name}: ${help.summary}`, '', `Gebruik: ${help.usage}`];
  if (help.details?.length) lines.push('', ...help.details);
  if (help.options.length) {
    lines.push('', 'Opties:', ...table(help.options.map((o) => [o.flag, o.default === undefined ? o.text : `${o.text} (standaard: ${o.default})`])));
  }
  lines.push('', 'Voorbeeld:', `  ${help.example}`);
  return lines.join('\n');
}

function table(rows: readonly (readonly [string, string])[]): string[] {
  const width = Math.max(...rows.map(([left]) => left.length));
  return rows.map(([left, right]) => `  ${left.padEnd(width)}  ${right}`);
}
