import type * as z from 'zod/mini';
import type { DiagnosticList, PathSegment } from './diagnostics.js';

/** Turn zod issues into Dutch diagnostics a policy writer can act on. */
export function addZodIssues(list: DiagnosticList, file: string, issues: readonly z.core.$ZodIssue[], prefix: readonly PathSegment[] = []): void {
  for (const issue of issues) {
    const path = [...prefix, ...(issue.path as PathSegment[])];
    if (issue.code === 'unrecognized_keys') {
      for (const key of issue.keys) list.add(file, [...path, key], 'onbekend veld');
      continue;
    }
    list.add(file, path, messageOf(issue));
  }
}

const typeNames: Record<string, string> = {
  string: 'een tekst',
  number: 'een getal',
  boolean: 'true of false',
  object: 'een object ({ ... })',
  array: 'een lijst ([ ... ])',
  null: 'null',
  undefined: 'niets',
  record: 'een object ({ ... })',
  literal: 'een vaste waarde',
  nan: 'NaN',
};

function messageOf(issue: z.core.$ZodIssue): string {
  // Messages written in the schema are Dutch already; zod's own are English and start like these.
  if (issue.code !== 'invalid_type' && !/^(Too small|Too big|Invalid|Expected|Unrecognized)/.test(issue.message)) return issue.message;
  switch (issue.code) {
    case 'invalid_type': {
      const received = /received (\w+)/.exec(issue.message)?.[1];
      if (received === 'undefined') return 'ontbreekt';
      const expected = typeNames[issue.expected] ?? issue.expected;
      return `verwacht ${expected}${received ? `, niet ${typeNames[received] ?? received}` : ''}`;
    }
    case 'invalid_value':
      return `verwacht ${issue.values.map((v) => JSON.stringify(v)).join(' of ')}`;
    case 'too_big':
      return issue.origin === 'string' ? `te lang: hoogstens ${issue.maximum} tekens` : issue.origin === 'array' ? `te veel: hoogstens ${issue.maximum}` : `te groot: hoogstens ${issue.maximum}`;
    case 'too_small':
      return issue.origin === 'string' ? 'mag niet leeg zijn' : issue.origin === 'array' ? `ten minste ${issue.minimum}` : `te klein: ten minste ${issue.minimum}`;
    case 'invalid_format':
      return 'ongeldige vorm';
    case 'invalid_union':
      return 'ongeldige waarde';
    case 'invalid_key':
      return 'ongeldige sleutel';
    default:
      return issue.message.replace(/^Invalid input: /, '');
  }
}
