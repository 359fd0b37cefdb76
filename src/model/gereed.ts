/**
 * `gereed` is free text ("Q1 2024", "december 2024", "Doorlopend", ...). This
 * reads the deadline's last day when the text names one, so a draft can flag
 * deadlines that have passed.
 */
import { dutchMonths as months } from './dates.js';

export function gereedEnd(gereed: string): string | undefined {
  const text = gereed.trim().toLowerCase();
  const iso = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (iso) return text;
  const quarter = /\bq([1-4])\s+(\d{4})\b/.exec(text);
  if (quarter) return monthEnd(Number(quarter[2]), Number(quarter[1]) * 3);
  const half = /\b(?:h|hj)([12])\s+(\d{4})\b/.exec(text);
  if (half) return monthEnd(Number(half[2]), Number(half[1]) * 6);
  const month = new RegExp(`\\b(${months.join('|')})\\s+(\\d{4})\\b`).exec(text);
  if (month) return monthEnd(Number(month[2]), months.indexOf(month[1]!) + 1);
  const year = /^(?:(?:eind|uiterlijk|in|voor|vóór)\s+)?(\d{4})$/.exec(text);
  if (year) return `${year[1]}-12-31`;
  return undefined;
}

function monthEnd(year: number, month: number): string {
  const day = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}
