/** A source's data as evaluated, before (or without) a valid schema: read field by field. */
export type Raw = Record<string, unknown>;

/** The value as an object, or undefined for anything else (an array, a string, nothing). */
export const record = (v: unknown): Raw | undefined => (v && typeof v === 'object' && !Array.isArray(v) ? (v as Raw) : undefined);

/** The value as an array, or none. */
export const array = (v: unknown): unknown[] => (Array.isArray(v) ? v : []);

/** The value if it is a string. */
export const string = (v: unknown): string | undefined => (typeof v === 'string' ? v : undefined);
