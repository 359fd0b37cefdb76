/**
 * How deeply a source nests brackets, counted with a small scanner that
 * skips strings, template texts and comments. The parser (native code)
 * recurses per level and would crash the process on a source nested
 * thousands deep, so such a source is refused before it is parsed. Regular
 * expression literals are not recognised: a bracket in one only makes the
 * count a little off, far below the limit.
 */
export const MAX_NESTING = 200;

/** The deepest nesting, and the offset where it first goes past `limit` (undefined when it never does). */
export function nestingDepth(source: string, limit = MAX_NESTING): { depth: number; at?: number } {
  let depth = 0;
  let deepest = 0;
  /** For each open template substitution, the depth at which it closes back into its template. */
  const templates: number[] = [];
  let i = 0;
  const n = source.length;
  const skipString = (quote: string) => {
    for (i++; i < n && source[i] !== quote && source[i] !== '\n'; i++) if (source[i] === '\\') i++;
  };
  /** From inside a template's text to its end or to a `${`; true when a substitution opens. */
  const skipTemplate = (): boolean => {
    for (; i < n; i++) {
      const c = source[i];
      if (c === '\\') i++;
      else if (c === '`') return false;
      else if (c === '$' && source[i + 1] === '{') {
        i++;
        return true;
      }
    }
    return false;
  };
  const open = (): { depth: number; at: number } | undefined => {
    depth++;
    if (depth > deepest) deepest = depth;
    return depth > limit ? { depth, at: i } : undefined;
  };
  for (; i < n; i++) {
    const c = source[i];
    if (c === '/' && source[i + 1] === '/') {
      while (i < n && source[i] !== '\n') i++;
    } else if (c === '/' && source[i + 1] === '*') {
      const end = source.indexOf('*/', i + 2);
      i = end < 0 ? n : end + 1;
    } else if (c === '"' || c === "'") {
      skipString(c);
    } else if (c === '`') {
      i++;
      if (skipTemplate()) {
        templates.push(depth);
        const over = open();
        if (over) return over;
      }
    } else if (c === '(' || c === '[' || c === '{') {
      const over = open();
      if (over) return over;
    } else if (c === ')' || c === ']' || c === '}') {
      depth = Math.max(0, depth - 1);
      if (c === '}' && templates.length && depth === templates.at(-1)) {
        templates.pop();
        i++;
        if (skipTemplate()) {
          templates.push(depth);
          const over = open();
          if (over) return over;
        }
      }
    }
  }
  return { depth: deepest };
}
