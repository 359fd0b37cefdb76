/**
 * What comes before the text, when a jaarschijf asks for it (`front`): a
 * cover with the title, the date and every party's logo; a page that
 * introduces the parties; the table of contents. And where the logos stand:
 * in a band on every page for a few parties, in rows on the first page for
 * many (a band of fourteen would make each too small to read).
 */
import { formatDutchDate } from '../model/dates.js';
import { partyKindNames } from '../model/lookup.js';
import type { LoadedJaarschijf } from '../sources/loadJaarschijf.js';
import { heading, paragraph, section } from './builders.js';
import { tableFromColumns } from './columns.js';
import type { Logos, PageHeader, Section } from './types.js';
import type { Wording } from './wording.js';

/** Up to this many logos stand in the band on every page. */
const MAX_BAND_LOGOS = 6;
/** 8 mm, in points: no logo in rows is smaller. */
const MIN_LOGO_HEIGHT = (8 * 72) / 25.4;

export interface LogoPlacement {
  header: PageHeader;
  placement: 'band' | 'first-page';
  /** The logos in rows, for the first page. */
  block: Logos;
}

export function logoPlacement(loaded: LoadedJaarschijf): LogoPlacement {
  const logos = loaded.logos;
  const block: Logos = { type: 'logos', logos, minHeight: MIN_LOGO_HEIGHT };
  // A cover shows the logos itself: the pages after it keep the band, as long as it stays legible.
  if (logos.length <= MAX_BAND_LOGOS) return { header: { logos }, placement: 'band', block };
  return { header: { logos, placement: 'first-page', minLogoHeight: MIN_LOGO_HEIGHT }, placement: 'first-page', block };
}

export function coverSection(loaded: LoadedJaarschijf, title: string, w: Wording, placement: LogoPlacement): Section {
  const j = loaded.jaarschijf;
  const date = j.signing ? formatDutchDate(j.signing.date) : formatDutchDate(`${j.year - 1}-12-01`);
  return {
    ...section('omslag', title, [
      paragraph(title, 'title'),
      ...(j.subtitle ? [paragraph(j.subtitle, 'subtitle')] : []),
      paragraph(w.text('coverDate', { signed: Boolean(j.signing), date }), 'subtitle'),
      placement.block,
    ]),
    cover: true,
  };
}

/** Partij | Soort | Groep | Ondertekend door. */
export function partiesSection(loaded: LoadedJaarschijf, w: Wording, withLogos: boolean): Section {
  const { raamovereenkomst: raam, jaarschijf: j } = loaded;
  const groupOf = (id: string) => Object.values(raam.groups ?? {}).filter((g) => g.members.includes(id)).map((g) => g.name).join(', ');
  const signers = (id: string) => (j.signing?.signatories ?? []).filter((s) => s.party === id).map((s) => `${s.name}, ${s.role}`).join('; ');
  const rows = Object.entries(raam.parties);
  const hasGroups = rows.some(([id]) => groupOf(id));
  const columns = [
    { key: 'partij', header: w.text('parties.columns.partij'), width: 0.38, cell: ([, p]: (typeof rows)[number]) => [paragraph(p.name)] },
    { key: 'soort', header: w.text('parties.columns.soort'), width: 0.2, cell: ([, p]: (typeof rows)[number]) => [paragraph(partyKindNames(raam, p.kind, (k) => w.text(k)).label)] },
    ...(hasGroups ? [{ key: 'groep', header: w.text('parties.columns.groep'), width: 0.17, cell: ([id]: (typeof rows)[number]) => [paragraph(groupOf(id))] }] : []),
    ...(j.signing ? [{ key: 'ondertekenaar', header: w.text('parties.columns.ondertekenaar'), width: 0.25, cell: ([id]: (typeof rows)[number]) => [paragraph(signers(id))] }] : []),
  ];
  const total = columns.reduce((sum, c) => sum + c.width, 0);
  const table = tableFromColumns({
    anchor: 'partijen-tabel',
    summary: w.text('parties.summary'),
    continuedLabel: w.text('continued'),
    columns: columns.map((c) => ({ ...c, width: c.width / total })),
    rows,
  });
  const logos = withLogos ? [logoPlacement(loaded).block] : [];
  return section('partijen', w.text('parties.heading'), [...logos, heading(1, w.text('parties.heading'), 'partijen'), table], { startOnNewPage: true });
}

export function contentsSection(w: Wording): Section {
  return section('inhoud', w.text('contentsTitle'), [{ type: 'contents', title: w.text('contentsTitle'), depth: 3 }], { startOnNewPage: true });
}
