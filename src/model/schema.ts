/**
 * The zod schemas of a raamovereenkomst and a jaarschijf: the run-time twin of
 * the authoring types in define.ts. Cross-references (kader ids, party ids,
 * years) are checked afterwards in sources/references.ts, where the whole
 * picture is known.
 */
import * as z from 'zod/mini';
import en from 'zod/v4/locales/en.js';

// zod/mini (a fraction of the code to load) with zod's English messages, which sources/zodDiagnostics.ts reads and puts in Dutch.
z.config(en());

const id = z.string().check(z.regex(/^[a-z0-9][a-z0-9-]*$/, 'een id bestaat uit kleine letters, cijfers en koppeltekens (bijvoorbeeld "bes-01")'));
/** Long enough for any real agreement, short enough to stop a pasted file. */
const maxText = 20_000;
const text = z.string().check(z.trim(), z.minLength(1, 'mag niet leeg zijn'), z.maxLength(maxText));
const longText = z.string().check(z.trim(), z.minLength(1, 'mag niet leeg zijn'), z.maxLength(10 * maxText));
const year = z.number().check(z.int('een jaar is een heel getal'), z.minimum(1900, 'geen jaartal'), z.maximum(2999, 'geen jaartal'));
/** A calendar date written as YYYY-MM-DD, so documents never depend on the clock. */
const isoDate = z.string().check(
  z.superRefine((s, ctx) => {
    // One message per date: the form first, then whether the day exists.
    if (!/^\d{4}-\d{2}-\d{2}$/.test(s)) ctx.addIssue({ code: 'custom', message: 'een datum schrijft u als JJJJ-MM-DD (bijvoorbeeld "2024-12-12")' });
    else if (new Date(`${s}T00:00:00Z`).toISOString().slice(0, 10) !== s) ctx.addIssue({ code: 'custom', message: `${s} is geen bestaande datum` });
  }),
);

/** The field types other schemas share (the monitor's). */
export { id as idSchema, text as textSchema, year as yearSchema, isoDate as isoDateSchema };

/** The kinds of party every document knows (their Dutch labels are in templates/wording.json); a raamovereenkomst may declare more. */
export const partyKinds = ['gemeente', 'woningcorporatie', 'huurdersorganisatie', 'zorgpartij', 'welzijnsorganisatie', 'overig'] as const;
export type PartyKind = (typeof partyKinds)[number];

/** Trekker groups every document knows: all parties of one kind. */
export const trekkerGroups = {
  gemeente: 'gemeente',
  woningcorporaties: 'woningcorporatie',
  huurdersorganisaties: 'huurdersorganisatie',
  zorgpartijen: 'zorgpartij',
  welzijnsorganisaties: 'welzijnsorganisatie',
} as const;
export type TrekkerGroup = keyof typeof trekkerGroups;

export const partySchema = z.strictObject({
  name: text,
  shortName: text,
  /** A kind every document knows, or one the raamovereenkomst declares in `partyKinds`. */
  kind: id,
  /** SVG or PNG, relative to the source; a party may have none. */
  logo: z.optional(text),
});

/** A kind of party of this raamovereenkomst's own, with its Dutch names ("zorgaanbieder", "zorgaanbieders"). */
export const partyKindSchema = z.strictObject({ label: text, plural: text });

/**
 * A named group of parties ("de Federatie": three corporations): usable as
 * trekker; with `signing`, the signing sentence names the group rather than
 * its members one by one.
 */
export const groupSchema = z.strictObject({
  name: text,
  members: z.array(id).check(z.minLength(2, 'een groep heeft ten minste twee partijen')),
  signing: z.optional(z.boolean()),
});

/** Kinds of agreement, by id, with the label a list groups them under ("Resultaatafspraak", "Verzoek aan de gemeente"). */
const kindsSchema = z.record(id, text);

/** The parties of a document: in the raamovereenkomst, or in a jaarschijf that has none. */
const partiesFields = {
  parties: z.record(id, partySchema).check(z.refine((p) => Object.keys(p).length > 0, 'ten minste één partij')),
  partyKinds: z.optional(z.record(id, partyKindSchema)),
  groups: z.optional(z.record(id, groupSchema)),
  kinds: z.optional(kindsSchema),
};

export const doelstellingSchema = z.strictObject({
  text,
  kaderafspraken: z.record(id, text),
});

export const raamThemeSchema = z.strictObject({
  title: text,
  doelstellingen: z.record(id, doelstellingSchema),
});

export const raamovereenkomstSchema = z.strictObject({
  id,
  title: text,
  gemeente: text,
  period: z.strictObject({ from: year, to: year }).check(z.refine((p) => p.from <= p.to, { message: 'de periode eindigt voordat ze begint', path: ['to'] })),
  ...partiesFields,
  themes: z.record(id, raamThemeSchema).check(z.refine((t) => Object.keys(t).length > 0, 'ten minste één thema')),
});

/**
 * Review marks: what a writer still has to do before the parties can sign
 * (`draft` writes them; a writer deletes each when done). `check` lists them
 * as warnings, `check --strict` fails on them, and a jaarschijf that has any
 * renders as CONCEPT.
 */
const review = z.union([text, z.array(text).check(z.minLength(1, 'laat het veld weg als er niets meer na te kijken is'))]);

const jaarafspraakFields = {
  id: z.optional(id),
  kader: z.optional(z.nullable(id)),
  text: z.optional(text),
  trekker: z.optional(z.array(id)),
  gereed: z.optional(text),
  toelichting: z.optional(text),
  /** Its kind, from `kinds` ("resultaat", "proces", "verzoek"). */
  kind: z.optional(id),
  /** What it costs or what is set aside for it ("€ 50.000"). */
  budget: z.optional(text),
  review: z.optional(review),
  /** Layout only: an empty row in the table, as some signed documents have. */
  emptyRow: z.optional(z.literal(true)),
};

/** One row entry: a jaarafspraak, or (rarely) an empty row under a kaderafspraak. */
export const afspraakEntrySchema = z.strictObject(jaarafspraakFields).check(
  z.superRefine((a, ctx) => {
    if (a.emptyRow) {
      for (const key of ['id', 'text', 'trekker', 'gereed', 'toelichting', 'kind', 'budget'] as const) {
        if (a[key] !== undefined) ctx.addIssue({ code: 'custom', path: [key], message: 'een lege rij heeft alleen een kader' });
      }
      if (!a.kader) ctx.addIssue({ code: 'custom', path: ['kader'], message: 'een lege rij hoort bij een kaderafspraak: geef die als kader' });
      return;
    }
    if (a.id === undefined) ctx.addIssue({ code: 'custom', path: ['id'], message: 'ontbreekt' });
    if (a.text === undefined) ctx.addIssue({ code: 'custom', path: ['text'], message: 'ontbreekt' });
  }),
);

const kaderThemeSchema = z.strictObject({
  layout: z.literal('kaderafspraken'),
  intro: z.optional(longText),
  review: z.optional(review),
  afspraken: z.array(afspraakEntrySchema),
});

/** A theme of this year's own, or one shown otherwise than as the four columns: its title where the raamovereenkomst has none. */
const ownThemeFields = {
  title: z.optional(text),
  intro: z.optional(longText),
  review: z.optional(review),
  afspraken: z.array(afspraakEntrySchema),
};

const afsprakenThemeSchema = z.strictObject({ layout: z.literal('afspraken'), ...ownThemeFields });

/** The columns a 'tabel' theme can show, each from a field of the agreements. */
export const afspraakColumns = ['afspraak', 'toelichting', 'trekker', 'gereed', 'soort', 'budget', 'kaderafspraak'] as const;
export type AfspraakColumn = (typeof afspraakColumns)[number];

const tableThemeSchema = z.strictObject({
  layout: z.literal('tabel'),
  /** The columns in order; each a field, or a field with a header of its own. */
  columns: z.array(z.union([z.enum(afspraakColumns), z.strictObject({ field: z.enum(afspraakColumns), header: text })])).check(z.minLength(1, 'ten minste één kolom')),
  ...ownThemeFields,
});

/** The agreements as bullets, grouped under their kind's label in the order the kinds are declared. */
const listThemeSchema = z.strictObject({ layout: z.literal('lijst'), ...ownThemeFields });

export const jaarschijfThemeSchema = z.pipe(
  z.transform((v: unknown) => (v && typeof v === 'object' && !('layout' in v) ? { ...v, layout: 'kaderafspraken' } : v)),
  z.discriminatedUnion('layout', [kaderThemeSchema, afsprakenThemeSchema, tableThemeSchema, listThemeSchema], {
    error: 'layout is "kaderafspraken" (de standaard), "afspraken", "tabel" of "lijst"',
  }),
);

/** A number or a text such as "≤ 25" or "85%". */
const figure = z.union([z.number().check(z.refine(Number.isFinite, 'geen getal')), text]);
const yearKey = z.string().check(z.regex(/^\d{4}$/, 'een jaartal, bijvoorbeeld "2025"'));

/** A prestatie-indicator (KPI): its baseline, the streefwaarde per year, and what was reached. */
export const indicatorSchema = z.strictObject({
  title: text,
  unit: z.optional(text),
  baseline: z.optional(z.strictObject({ year, value: figure })),
  targets: z.record(yearKey, figure).check(z.refine((t) => Object.keys(t).length > 0, 'ten minste één streefwaarde')),
  realised: z.optional(z.record(yearKey, figure)),
  note: z.optional(text),
});

/** A chapter or section: its text, and where a theme's agreements or indicators stand; sections to three levels. */
export interface Chapter {
  title: string;
  /** For links from texts (`[hoofdstuk](#id)`) and a stable anchor. */
  id?: string | undefined;
  text?: string | undefined;
  /** The agreements of this theme of the jaarschijf, after the text. */
  theme?: string | undefined;
  /** Indicators shown here as a table: all (`true`) or these. */
  indicators?: true | string[] | undefined;
  sections?: Chapter[] | undefined;
  review?: string | string[] | undefined;
}

export const chapterSchema: z.ZodMiniType<Chapter> = z.lazy(() =>
  z.strictObject({
    title: text,
    id: z.optional(id),
    text: z.optional(longText),
    theme: z.optional(id),
    indicators: z.optional(z.union([z.literal(true), z.array(id)])),
    sections: z.optional(z.array(chapterSchema)),
    review: z.optional(review),
  }),
);

/** A bijlage: a text, a table, indicators, or several of these. */
export const annexSchema = z
  .strictObject({
    id,
    title: text,
    text: z.optional(longText),
    table: z.optional(z.strictObject({ columns: z.array(text).check(z.minLength(1)), rows: z.array(z.array(z.string())) })),
    indicators: z.optional(z.union([z.literal(true), z.array(id)])),
  })
  .check(z.refine((a) => a.text !== undefined || a.table !== undefined || a.indicators !== undefined, 'een bijlage heeft een text, een table of indicators'));

/** The pages before the text: a cover, a page introducing the parties, the table of contents. */
export const frontSchema = z.strictObject({ cover: z.optional(z.boolean()), parties: z.optional(z.boolean()), contents: z.optional(z.boolean()) });

export const signatorySchema = z.strictObject({ name: text, role: text, party: id });

export const signingSchema = z.strictObject({
  place: text,
  date: isoDate,
  signatories: z.array(signatorySchema).check(z.minLength(1, 'ten minste één ondertekenaar')),
});

/** A4 in millimetres; margins must leave a usable body. */
export const a4 = { short: 210, long: 297 } as const;
export const minimumBody = { width: 80, height: 60 } as const;
export const defaultMargins = { top: 30, right: 17, bottom: 20, left: 17 } as const;

const mm = z.number().check(z.minimum(0, 'een marge is niet negatief'), z.maximum(200, 'hoogstens 200 mm'));
export const pageSchema = z
  .strictObject({
    orientation: z.optional(z.enum(['landscape', 'portrait'])),
    /** Margins in millimetres. */
    margins: z.optional(z.partial(z.strictObject({ top: mm, right: mm, bottom: mm, left: mm }))),
  })
  .check(
    z.superRefine((page, ctx) => {
      const landscape = (page.orientation ?? 'landscape') === 'landscape';
      const m = { ...defaultMargins, ...page.margins };
      const width = (landscape ? a4.long : a4.short) - m.left - m.right;
      const height = (landscape ? a4.short : a4.long) - m.top - m.bottom;
      if (width < minimumBody.width) {
        ctx.addIssue({ code: 'custom', path: ['margins'], message: `de marges links en rechts (${m.left} + ${m.right} mm) laten ${Math.max(0, width)} mm breedte over; er moet ten minste ${minimumBody.width} mm overblijven` });
      }
      if (height < minimumBody.height) {
        ctx.addIssue({ code: 'custom', path: ['margins'], message: `de marges boven en onder (${m.top} + ${m.bottom} mm) laten ${Math.max(0, height)} mm hoogte over; er moet ten minste ${minimumBody.height} mm overblijven` });
      }
    }),
  );

export const jaarschijfSchema = z.strictObject({
  year,
  /** Path of the previous year's source, relative to this file. */
  previous: z.optional(text),
  title: z.optional(text),
  /** Under the title on the cover ("Jaarschijf uit de Prestatieafspraken 2019 tot 2024"). */
  subtitle: z.optional(text),
  /** The document's date, on the cover; without it the signing date, or 1 December of the year before. */
  date: z.optional(isoDate),
  introduction: z.optional(longText),
  review: z.optional(review),
  front: z.optional(frontSchema),
  /** The document's chapters and sections; without them: the introduction, then a chapter per theme. */
  chapters: z.optional(z.array(chapterSchema)),
  kinds: z.optional(kindsSchema),
  themes: z.record(id, jaarschijfThemeSchema),
  indicators: z.optional(z.record(id, indicatorSchema)),
  annexes: z.optional(z.array(annexSchema)),
  /** Where the bijlagen stand: after the signing page (the default) or after the agreements. */
  annexesAfter: z.optional(z.enum(['signing', 'agreements'])),
  signing: z.optional(signingSchema),
  page: z.optional(pageSchema),
  /** A jaarschijf without a raamovereenkomst names its gemeente and parties itself. */
  gemeente: z.optional(text),
  parties: z.optional(partiesFields.parties),
  partyKinds: partiesFields.partyKinds,
  groups: partiesFields.groups,
});

export type Party = z.infer<typeof partySchema>;
export type Doelstelling = z.infer<typeof doelstellingSchema>;
export type RaamTheme = z.infer<typeof raamThemeSchema>;
/** `standalone`: set by the loader for the raamovereenkomst a jaarschijf without one stands for (nothing to cover). */
export type Raamovereenkomst = z.infer<typeof raamovereenkomstSchema> & { standalone?: true };
export type AfspraakEntry = z.infer<typeof afspraakEntrySchema>;
export type JaarschijfTheme = z.infer<typeof kaderThemeSchema> | z.infer<typeof afsprakenThemeSchema> | z.infer<typeof tableThemeSchema> | z.infer<typeof listThemeSchema>;
export type Indicator = z.infer<typeof indicatorSchema>;
export type Annex = z.infer<typeof annexSchema>;
export type Group = z.infer<typeof groupSchema>;
export type Signing = z.infer<typeof signingSchema>;
export type Signatory = z.infer<typeof signatorySchema>;
export type PageSettings = z.infer<typeof pageSchema>;
export type Review = z.infer<typeof review>;
export type Jaarschijf = Omit<z.infer<typeof jaarschijfSchema>, 'themes'> & { themes: Record<string, JaarschijfTheme> };

/** A jaarafspraak proper (not an empty row): id and text are present. */
export type Jaarafspraak = AfspraakEntry & { id: string; text: string; emptyRow?: undefined };

export function isJaarafspraak(entry: AfspraakEntry): entry is Jaarafspraak {
  return !entry.emptyRow;
}
