import type { z } from 'zod';
import type { DiagnosticList, PathSegment } from './diagnostics.js';

/** Turn zod issues into diagnostics a policy writer can act on. */
export function addZodIssues(list: DiagnosticList, file: string, issues: readonly z.core.$ZodIssue[], prefix: readonly PathSegment[] = []): void {
  for (const issue of issues) {
    const path = [...prefix, ...(issue.path as PathSegment[])];
    if (issue.code === 'unrecognized_keys') {
      for (const key of issue.keys) list.add(file, [...path, key], 'unknown field');
      continue;
    }
    list.add(file, path, messageOf(issue));
  }
}

function messageOf(issue: z.core.$ZodIssue): string {
  switch (issue.code) {
    case 'invalid_type': {
      const received = /received (\w+)/.exec(issue.message)?.[1];
      if (received === 'undefined') return 'required';
      return `expected ${article(issue.expected)}${received ? `, got ${article(received)}` : ''}`;
    }
    case 'invalid_value':
      return `expected ${issue.values.map((v) => JSON.stringify(v)).join(' or ')}`;
    case 'too_big':
      return issue.origin === 'string' ? `too long: at most ${issue.maximum} characters` : issue.message;
    default:
      return issue.message.replace(/^Invalid input: /, '');
  }
}

function article(type: string): string {
  return /^[aeiou]/.test(type) ? `an ${type}` : `a ${type}`;
}
