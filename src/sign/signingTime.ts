/**
 * The signing time as people and PDF readers see it. Shown in Dutch, in the
 * Netherlands' time zone whatever the machine's, so the same --time gives the
 * same appearance everywhere.
 */
const TIME_ZONE = 'Europe/Amsterdam';

const parts = new Intl.DateTimeFormat('nl-NL', {
  timeZone: TIME_ZONE,
  day: 'numeric',
  month: 'long',
  year: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
  timeZoneName: 'short',
});

/** "12 december 2024 om 14:03" (the Netherlands' time). */
export function formatDutchDateTime(date: Date, withZone = false): string {
  const p = Object.fromEntries(parts.formatToParts(date).map((x) => [x.type, x.value]));
  return `${p.day} ${p.month} ${p.year} om ${p.hour}:${p.minute}${withZone ? ` (${p.timeZoneName})` : ''}`;
}

/** "12 december 2024" (the Netherlands' date). */
export function formatDutchDay(date: Date): string {
  const p = Object.fromEntries(parts.formatToParts(date).map((x) => [x.type, x.value]));
  return `${p.day} ${p.month} ${p.year}`;
}

/** A PDF date string in UTC: D:YYYYMMDDHHmmssZ. */
export function pdfDate(date: Date): string {
  return `D:${date.toISOString().replace(/[-:T]/g, '').slice(0, 14)}Z`;
}

/** A PDF date string (D:YYYYMMDDHHmmSSOHH'mm) as a Date, or undefined when it is not one. */
export function parsePdfDate(value: string): Date | undefined {
  const m = /^D:(\d{4})(\d{2})?(\d{2})?(\d{2})?(\d{2})?(\d{2})?(?:([Zz+-])(\d{2})?'?(\d{2})?'?)?/.exec(value);
  if (!m) return undefined;
  const [, y, mo = '01', d = '01', h = '00', mi = '00', s = '00', sign, oh = '00', om = '00'] = m;
  const utc = Date.UTC(Number(y), Number(mo) - 1, Number(d), Number(h), Number(mi), Number(s));
  const offset = sign === '+' || sign === '-' ? (sign === '+' ? 1 : -1) * (Number(oh) * 60 + Number(om)) : 0;
  const date = new Date(utc - offset * 60_000);
  return Number.isNaN(date.getTime()) ? undefined : date;
}
