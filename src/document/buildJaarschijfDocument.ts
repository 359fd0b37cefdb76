/**
 * A loaded jaarschijf -> the document model of the signed document: title and
 * introduction, per theme its intro and table, the signature page. The rows,
 * their numbers and last year's agreements beside this year's come from the
 * aligned-years stage (src/years); the tables from column specs (layouts.ts).
 */
import { formatDutchDate } from '../model/dates.js';
import type { LoadedJaarschijf } from '../sources/loadJaarschijf.js';
import { alignYears, type AlignedTheme, type AlignedYears } from '../years/alignYears.js';
import { heading, paragraph, section } from './builders.js';
import { afsprakenTable, kaderTable, type LayoutContext, type Redline } from './layouts.js';
import { pageLayout } from './layout.js';
import type { Block, DocumentModel, FooterPart, Section } from './types.js';
import { capitalize, joinList, loadWording, type Wording } from './wording.js';

export interface BuildOptions {
  /** Folder with a wording.json that overrides the package's wording. */
  templates?: string;
  /** Extra sections after the signature page (e.g. the coverage annex). */
  annex?: readonly Section[];
  /** The aligned years, when the caller has them already (they are computed from the loaded sources otherwise). */
  aligned?: AlignedYears;
  /** Build a redline: this year's document with last year's changes as tracked changes, instead of last year's column. */
  redline?: Redline;
}

export type { Redline } from './layouts.js';

export function buildJaarschijfDocument(loaded: LoadedJaarschijf, options: BuildOptions = {}): DocumentModel {
  const w = loadWording(options.templates);
  const { jaarschijf: j, raamovereenkomst: raam } = loaded;
  const parties = Object.values(raam.parties);
  const gemeente = parties.find((p) => p.kind === 'gemeente')?.name ?? raam.gemeente;
  const title = j.title ?? w.text('documentTitle', { year: j.year });
  // Unsigned, or with review marks left: not ready to sign.
  const draft = !j.signing || loaded.reviewMarks.length > 0;
  const aligned = options.aligned ?? alignYears(loaded, loaded.previous);
  const ctx: LayoutContext = { loaded, w, aligned, ...(options.redline ? { redline: options.redline } : {}) };

  const sections: Section[] = [introSection(ctx, title)];
  for (const theme of aligned.themes) if (theme.number !== null) sections.push(themeSection(ctx, theme));
  if (j.signing) sections.push(signingSection(loaded, w));
  sections.push(...(options.annex ?? []));

  return {
    meta: {
      title,
      subject: w.text('subject', { gemeente: raam.gemeente, year: j.year }),
      author: parties.map((p) => p.name).join(', '),
      company: capitalize(gemeente),
      keywords: w.text('keywords', { year: j.year, gemeente: raam.gemeente, raamovereenkomst: raam.title }).split(/\s*,\s*/),
      language: 'nl-NL',
      date: j.signing?.date ?? `${j.year - 1}-12-01`,
      fileName: `${slug(raam.gemeente)}-${j.year}`,
      draft,
    },
    page: pageLayout(j.page),
    header: { logos: loaded.logos },
    footer: footerParts(w),
    ...(draft ? { watermark: w.text('draftMark') } : {}),
    sections,
  };
}

function introSection({ loaded, w, redline }: LayoutContext, title: string): Section {
  const intro = loaded.jaarschijf.introduction;
  const text = redline ? redline.blocks(redline.previousTexts.introduction, intro) : intro ? loaded.rich(intro) : [];
  const blocks: Block[] = [paragraph(title, 'title')];
  if (text.length) blocks.push(heading(1, w.text('introductionHeading'), 'inleiding'), ...text);
  return section('inleiding', text.length ? w.text('introductionHeading') : title, blocks);
}

function themeSection(ctx: LayoutContext, theme: AlignedTheme): Section {
  const { loaded, w, redline } = ctx;
  const own = loaded.jaarschijf.themes[theme.id]!;
  const title = w.text('themeHeading', { number: theme.number, title: theme.title });
  const anchor = `thema-${theme.number}`;
  const blocks: Block[] = [heading(1, title, anchor)];
  if (redline) blocks.push(...redline.blocks(redline.previousTexts.intros[theme.id], own.intro));
  else if (own.intro) blocks.push(...loaded.rich(own.intro));
  blocks.push(theme.layout === 'afspraken' ? afsprakenTable(ctx, theme, anchor) : kaderTable(ctx, theme, anchor));
  return section(anchor, title, blocks, { startOnNewPage: theme.number === 1 });
}

function signingSection(loaded: LoadedJaarschijf, w: Wording): Section {
  const { jaarschijf: j, raamovereenkomst: raam } = loaded;
  const signing = j.signing!;
  const names = (kind: string) => joinList(Object.values(raam.parties).filter((p) => p.kind === kind).map((p) => p.name), w.text('and'));
  const sentence = w.text('signingSentence', {
    gemeenten: names('gemeente'),
    woningcorporaties: names('woningcorporatie'),
    huurdersorganisaties: names('huurdersorganisatie'),
    year: j.year,
  });
  const usedNames = new Set<string>();
  const signatories = signing.signatories.map((s) => {
    const party = raam.parties[s.party]!;
    let fieldName = `handtekening-${slug(s.name)}`;
    for (let n = 2; usedNames.has(fieldName); n++) fieldName = `handtekening-${slug(s.name)}-${n}`;
    usedNames.add(fieldName);
    return {
      name: s.name,
      fieldName,
      lines: [
        w.text('signatory', { name: s.name, role: s.role, party: party.shortName }),
        w.text('signatoryParty', { partyName: party.name }),
      ],
    };
  });
  return section(
    'ondertekening',
    w.text('signingBookmark'),
    [
      paragraph(w.text('signingPlaceDate', { place: signing.place, date: formatDutchDate(signing.date) }), 'signing'),
      paragraph(sentence),
      { type: 'signatures', signatories },
    ],
    { startOnNewPage: true },
  );
}

/** The footer template split around its page-number fields. */
function footerParts(w: Wording): FooterPart[] {
  const marker = '\u0000';
  const text = w.text('footer', { page: `${marker}page${marker}`, pages: `${marker}pages${marker}` });
  return text
    .split(marker)
    .map((part, i): FooterPart | undefined => {
      if (i % 2 === 1) return part === 'page' ? { type: 'page' } : { type: 'pages' };
      return part ? { type: 'text', text: part } : undefined;
    })
    .filter((p): p is FooterPart => p !== undefined);
}

export function slug(s: string): string {
  return s
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

