/**
 * The zod schemas of a raamovereenkomst and a jaarschijf: the run-time twin of
 * the authoring types in define.ts. Cross-references (kader ids, party ids,
 * years) are checked afterwards in sources/references.ts, where the whole
 * picture is known.
 */
import { z } from 'zod';

const id = z
  .string()
  .regex(/^[a-z0-9][a-z0-9-]*$/, 'een id bestaat uit kleine letters, cijfers en koppeltekens (bijvoorbeeld "bes-01")');
/** Long enough for any real agreement, short enough to stop a pasted file. */
const maxText = 20_000;
const text = z.string().trim().min(1, 'mag niet leeg zijn').max(maxText);
const longText = z.string().trim().min(1, 'mag niet leeg zijn').max(10 * maxText);
const year = z.number().int('een jaar is een heel getal').min(1900, 'geen jaartal').max(2999, 'geen jaartal');
/** A calendar date written as YYYY-MM-DD, so documents never depend on the clock. */
const isoDate = z.string().superRefine((s, ctx) => {
  // One message per date: the form first, then whether the day exists.
  if (!/^\d{4}-\d{2}-\d{2}$/.test(s)) ctx.addIssue({ code: 'custom', message: 'een datum schrijft u als JJJJ-MM-DD (bijvoorbeeld "2024-12-12")' });
  else if (new Date(`${s}T00:00:00Z`).toISOString().slice(0, 10) !== s) ctx.addIssue({ code: 'custom', message: `${s} is geen bestaande datum` });
});

/** The field types other schemas share (the monitor's). */
export { id as idSchema, text as textSchema, year as yearSchema, isoDate as isoDateSchema };

export const partyKinds = ['gemeente', 'woningcorporatie', 'huurdersorganisatie'] as const;
export type PartyKind = (typeof partyKinds)[number];

/** Trekker groups: all parties of one kind. */
export const trekkerGroups = { gemeente: 'gemeente', woningcorporaties: 'woningcorporatie', huurdersorganisaties: 'huurdersorganisatie' } as const;
export type TrekkerGroup = keyof typeof trekkerGroups;

export const partySchema = z.strictObject({
  name: text,
  shortName: text,
  kind: z.enum(partyKinds),
  logo: text,
});

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
  period: z
    .strictObject({ from: year, to: year })
    .refine((p) => p.from <= p.to, { message: 'de periode eindigt voordat ze begint', path: ['to'] }),
  parties: z.record(id, partySchema).refine((p) => Object.keys(p).length > 0, 'ten minste één partij'),
  themes: z.record(id, raamThemeSchema).refine((t) => Object.keys(t).length > 0, 'ten minste één thema'),
});

/**
 * Review marks: what a writer still has to do before the parties can sign
 * (`draft` writes them; a writer deletes each when done). `check` lists them
 * as warnings, `check --strict` fails on them, and a jaarschijf that has any
 * renders as CONCEPT.
 */
const review = z.union([text, z.array(text).min(1, 'laat het veld weg als er niets meer na te kijken is')]);

const jaarafspraakFields = {
  id: id.optional(),
  kader: id.nullable().optional(),
  text: text.optional(),
  trekker: z.array(id).optional(),
  gereed: text.optional(),
  toelichting: text.optional(),
  review: review.optional(),
  /** Layout only: an empty row in the table, as some signed documents have. */
  emptyRow: z.literal(true).optional(),
};

/** One row entry: a jaarafspraak, or (rarely) an empty row under a kaderafspraak. */
export const afspraakEntrySchema = z.strictObject(jaarafspraakFields).superRefine((a, ctx) => {
  if (a.emptyRow) {
    for (const key of ['id', 'text', 'trekker', 'gereed', 'toelichting'] as const) {
      if (a[key] !== undefined) ctx.addIssue({ code: 'custom', path: [key], message: 'een lege rij heeft alleen een kader' });
    }
    if (!a.kader) ctx.addIssue({ code: 'custom', path: ['kader'], message: 'een lege rij hoort bij een kaderafspraak: geef die als kader' });
    return;
  }
  if (a.id === undefined) ctx.addIssue({ code: 'custom', path: ['id'], message: 'ontbreekt' });
  if (a.text === undefined) ctx.addIssue({ code: 'custom', path: ['text'], message: 'ontbreekt' });
});

const kaderThemeSchema = z.strictObject({
  layout: z.literal('kaderafspraken'),
  intro: longText.optional(),
  review: review.optional(),
  afspraken: z.array(afspraakEntrySchema),
});

const afsprakenThemeSchema = z.strictObject({
  layout: z.literal('afspraken'),
  title: text,
  intro: longText.optional(),
  review: review.optional(),
  afspraken: z.array(afspraakEntrySchema),
});

export const jaarschijfThemeSchema = z.preprocess(
  (v) => (v && typeof v === 'object' && !('layout' in v) ? { ...v, layout: 'kaderafspraken' } : v),
  z.discriminatedUnion('layout', [kaderThemeSchema, afsprakenThemeSchema], {
    error: 'layout is "kaderafspraken" (de standaard) of "afspraken"',
  }),
);

export const signatorySchema = z.strictObject({ name: text, role: text, party: id });

export const signingSchema = z.strictObject({
  place: text,
  date: isoDate,
  signatories: z.array(signatorySchema).min(1, 'ten minste één ondertekenaar'),
});

/** A4 in millimetres; margins must leave a usable body. */
export const a4 = { short: 210, long: 297 } as const;
export const minimumBody = { width: 80, height: 60 } as const;
export const defaultMargins = { top: 30, right: 17, bottom: 20, left: 17 } as const;

const mm = z.number().min(0, 'een marge is niet negatief').max(200, 'hoogstens 200 mm');
export const pageSchema = z
  .strictObject({
    orientation: z.enum(['landscape', 'portrait']).optional(),
    /** Margins in millimetres. */
    margins: z.strictObject({ top: mm, right: mm, bottom: mm, left: mm }).partial().optional(),
  })
  .superRefine((page, ctx) => {
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
  });

export const jaarschijfSchema = z.strictObject({
  year,
  /** Path of the previous year's source, relative to this file. */
  previous: text.optional(),
  title: text.optional(),
  introduction: longText.optional(),
  review: review.optional(),
  themes: z.record(id, jaarschijfThemeSchema),
  signing: signingSchema.optional(),
  page: pageSchema.optional(),
});

export type Party = z.infer<typeof partySchema>;
export type Doelstelling = z.infer<typeof doelstellingSchema>;
export type RaamTheme = z.infer<typeof raamThemeSchema>;
export type Raamovereenkomst = z.infer<typeof raamovereenkomstSchema>;
export type AfspraakEntry = z.infer<typeof afspraakEntrySchema>;
export type JaarschijfTheme = z.infer<typeof kaderThemeSchema> | z.infer<typeof afsprakenThemeSchema>;
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
