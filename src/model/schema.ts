/**
 * The zod schemas of a raamovereenkomst and a jaarschijf: the run-time twin of
 * the authoring types in define.ts. Cross-references (kader ids, party ids,
 * years) are checked afterwards in sources/references.ts, where the whole
 * picture is known.
 */
import { z } from 'zod';

const id = z
  .string()
  .regex(/^[a-z0-9][a-z0-9-]*$/, 'an id is lowercase letters, digits and hyphens (e.g. "bes-01")');
/** Long enough for any real agreement, short enough to stop a pasted file. */
const maxText = 20_000;
const text = z.string().trim().min(1, 'must not be empty').max(maxText);
const longText = z.string().trim().min(1, 'must not be empty').max(10 * maxText);
const year = z.number().int('must be a whole year').min(1900, 'not a year').max(2999, 'not a year');
/** A calendar date written as YYYY-MM-DD, so documents never depend on the clock. */
const isoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'a date is written as YYYY-MM-DD')
  .refine((s) => {
    const d = new Date(`${s}T00:00:00Z`);
    return !Number.isNaN(d.getTime()) && d.toISOString().startsWith(s);
  }, 'not a valid date');

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
    .refine((p) => p.from <= p.to, { message: 'the period ends before it starts', path: ['to'] }),
  parties: z.record(id, partySchema).refine((p) => Object.keys(p).length > 0, 'at least one party'),
  themes: z.record(id, raamThemeSchema).refine((t) => Object.keys(t).length > 0, 'at least one theme'),
});

const jaarafspraakFields = {
  id: id.optional(),
  kader: id.nullable().optional(),
  text: text.optional(),
  trekker: z.array(id).optional(),
  gereed: text.optional(),
  toelichting: text.optional(),
  /** Layout only: an empty row in the table, as some signed documents have. */
  emptyRow: z.literal(true).optional(),
};

/** One row entry: a jaarafspraak, or (rarely) an empty row under a kaderafspraak. */
export const afspraakEntrySchema = z.strictObject(jaarafspraakFields).superRefine((a, ctx) => {
  if (a.emptyRow) {
    for (const key of ['id', 'text', 'trekker', 'gereed', 'toelichting'] as const) {
      if (a[key] !== undefined) ctx.addIssue({ code: 'custom', path: [key], message: 'an empty row has only a kader' });
    }
    if (!a.kader) ctx.addIssue({ code: 'custom', path: ['kader'], message: 'an empty row needs the kaderafspraak it stands under' });
    return;
  }
  if (a.id === undefined) ctx.addIssue({ code: 'custom', path: ['id'], message: 'required' });
  if (a.text === undefined) ctx.addIssue({ code: 'custom', path: ['text'], message: 'required' });
});

const kaderThemeSchema = z.strictObject({
  layout: z.literal('kaderafspraken'),
  intro: longText.optional(),
  afspraken: z.array(afspraakEntrySchema),
});

const afsprakenThemeSchema = z.strictObject({
  layout: z.literal('afspraken'),
  title: text,
  intro: longText.optional(),
  afspraken: z.array(afspraakEntrySchema),
});

export const jaarschijfThemeSchema = z.preprocess(
  (v) => (v && typeof v === 'object' && !('layout' in v) ? { ...v, layout: 'kaderafspraken' } : v),
  z.discriminatedUnion('layout', [kaderThemeSchema, afsprakenThemeSchema], {
    error: 'layout is "kaderafspraken" (the default) or "afspraken"',
  }),
);

export const signatorySchema = z.strictObject({ name: text, role: text, party: id });

export const signingSchema = z.strictObject({
  place: text,
  date: isoDate,
  signatories: z.array(signatorySchema).min(1, 'at least one signatory'),
});

const mm = z.number().min(0).max(100);
export const pageSchema = z.strictObject({
  orientation: z.enum(['landscape', 'portrait']).optional(),
  /** Margins in millimetres. */
  margins: z.strictObject({ top: mm, right: mm, bottom: mm, left: mm }).partial().optional(),
});

export const jaarschijfSchema = z.strictObject({
  year,
  /** Path of the previous year's source, relative to this file. */
  previous: text.optional(),
  title: text.optional(),
  introduction: longText.optional(),
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
export type Jaarschijf = Omit<z.infer<typeof jaarschijfSchema>, 'themes'> & { themes: Record<string, JaarschijfTheme> };

/** A jaarafspraak proper (not an empty row): id and text are present. */
export type Jaarafspraak = AfspraakEntry & { id: string; text: string; emptyRow?: undefined };

export function isJaarafspraak(entry: AfspraakEntry): entry is Jaarafspraak {
  return !entry.emptyRow;
}
