/**
 * The zod schema of a voortgangsmonitor: the run-time twin of `MonitorInput`
 * in define.ts. Whether the agreement ids, parties and years fit the
 * jaarschijf is checked afterwards (sources/monitorReferences.ts), where the
 * jaarschijf is known.
 */
import * as z from 'zod/mini';
import { idSchema as id, isoDateSchema as isoDate, textSchema as text, yearSchema as year } from './schema.js';

/** The status words, in the order reports list them: done first, dropped last. */
export const monitorStatuses = ['gereed', 'op schema', 'vertraagd', 'niet gestart', 'vervallen'] as const;
export type MonitorStatus = (typeof monitorStatuses)[number];

/** The phases of a nieuwbouw project, from idea to delivered homes. */
export const nieuwbouwPhases = ['initiatief', 'planvorming', 'in aanbouw', 'opgeleverd'] as const;
export type NieuwbouwPhase = (typeof nieuwbouwPhases)[number];

const count = z.number().check(z.int('een aantal is een heel getal'), z.minimum(0, 'een aantal is niet negatief'), z.maximum(1_000_000, 'te groot: hoogstens 1.000.000'));

const statusWord = z.enum(monitorStatuses, { error: `een stand is ${monitorStatuses.map((s) => `"${s}"`).join(', ')}` });

/** A status alone (`'gereed'`) or with its explanation (`{ status: 'vertraagd', toelichting: '...' }`). */
export const monitorEntrySchema = z.union([statusWord, z.strictObject({ status: statusWord, toelichting: z.optional(text) })], {
  error: `een stand is ${monitorStatuses.map((s) => `"${s}"`).join(', ')}, of { status, toelichting }`,
});

export const monitorRoundSchema = z.strictObject({
  name: text,
  date: isoDate,
  statuses: z.record(id, monitorEntrySchema),
});

export const nieuwbouwProjectSchema = z.strictObject({
  name: text,
  corporation: id,
  homes: count.check(z.minimum(1, 'een project heeft ten minste één sociale huurwoning')),
  phase: z.enum(nieuwbouwPhases, { error: `een fase is ${nieuwbouwPhases.map((p) => `"${p}"`).join(', ')}` }),
  /** The year of completion: the actual one once opgeleverd, else the expected one. */
  year,
  toelichting: z.optional(text),
});

export const nieuwbouwSchema = z.strictObject({
  target: z
    .strictObject({
      /** Homes count from the start of this year ("vanaf 2020")... */
      from: year,
      /** ...to the end of this one ("tot en met 2030"). */
      to: year,
      min: count.check(z.minimum(1, 'het doel is ten minste één woning')),
      max: count.check(z.minimum(1, 'het doel is ten minste één woning')),
      /** The jaarafspraak that sets the target. */
      afspraak: z.optional(id),
    })
    .check(
      z.superRefine((t, ctx) => {
        if (t.from >= t.to) ctx.addIssue({ code: 'custom', path: ['to'], message: `het doel loopt van ${t.from} tot en met een later jaar` });
        if (t.min > t.max) ctx.addIssue({ code: 'custom', path: ['max'], message: `de bovenkant van de bandbreedte (${t.max}) ligt onder de onderkant (${t.min})` });
      }),
    ),
  split: z.strictObject({
    /** Per woningcorporatie its share of the opgave, in percent. */
    shares: z.record(id, z.number().check(z.minimum(0, 'een aandeel is niet negatief'), z.maximum(100, 'een aandeel is hoogstens 100 (procent)'))),
    afspraak: z.optional(id),
  }),
  projects: z.array(nieuwbouwProjectSchema),
});

export const monitorSchema = z.strictObject({
  title: z.optional(text),
  /** Made-up statuses to show how the monitor works: every page says so. */
  illustration: z.optional(z.boolean()),
  rounds: z.array(monitorRoundSchema).check(z.minLength(1, 'ten minste één overleg')),
  nieuwbouw: z.optional(nieuwbouwSchema),
});

export type MonitorEntry = z.infer<typeof monitorEntrySchema>;
export type MonitorRound = z.infer<typeof monitorRoundSchema>;
export type NieuwbouwProject = z.infer<typeof nieuwbouwProjectSchema>;
export type Nieuwbouw = z.infer<typeof nieuwbouwSchema>;
export type Monitor = z.infer<typeof monitorSchema>;

/** The status and toelichting of an entry, whichever way it was written. */
export function entryOf(entry: MonitorEntry): { status: MonitorStatus; toelichting?: string } {
  return typeof entry === 'string' ? { status: entry } : entry;
}

/** An agreement's status in the latest overleg that gave it one, with the latest toelichting given. */
export interface LatestStatus {
  round: string;
  status: MonitorStatus;
  toelichting: string | null;
}

/** Per agreement id, what the monitor said last: a later overleg's status replaces an earlier one, a toelichting stays until a later one is given. */
export function latestStatuses(monitor: Monitor): Map<string, LatestStatus> {
  const latest = new Map<string, LatestStatus>();
  for (const round of monitor.rounds) {
    for (const [id, entry] of Object.entries(round.statuses)) {
      const { status, toelichting } = entryOf(entry);
      latest.set(id, { round: round.name, status, toelichting: toelichting ?? latest.get(id)?.toelichting ?? null });
    }
  }
  return latest;
}
