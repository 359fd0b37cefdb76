/**
 * A bounded word diff of two token lists: the `diff` package's Myers diff
 * (diffArrays), then a cleanup so a reviewer sees whole reworded phrases
 * rather than a confetti of changes around shared "de" and spaces.
 */
import { diffArrays } from 'diff';

export type Op = 'equal' | 'delete' | 'insert';

/** A run of tokens: equal ones are in both texts, deleted ones only in the old, inserted ones only in the new. */
export interface Edit {
  op: Op;
  tokens: readonly string[];
}

/**
 * The bound: a diff needing more token edits than this is a rewrite, shown as
 * the old text deleted and the new one inserted. It also bounds the work, so
 * no timeout is needed: a timeout would make the result depend on the
 * machine's load (the same two texts diffed differently on a busy machine).
 */
export const maxEditLength = 2000;

export function diffTokens(before: readonly string[], after: readonly string[]): Edit[] {
  if (before.length === after.length && before.every((t, i) => t === after[i])) return before.length ? [{ op: 'equal', tokens: before }] : [];
  if (!before.length || !after.length) return replaceAll(before, after);
  const changes = diffArrays([...before], [...after], { maxEditLength });
  if (!changes) return replaceAll(before, after);
  const edits: Edit[] = changes.map((c) => ({ op: c.added ? 'insert' : c.removed ? 'delete' : 'equal', tokens: c.value }));
  return factorCommon(regroup(eliminateSmallEqualities(regroup(edits))));
}

function replaceAll(before: readonly string[], after: readonly string[]): Edit[] {
  const edits: Edit[] = [];
  if (before.length) edits.push({ op: 'delete', tokens: before });
  if (after.length) edits.push({ op: 'insert', tokens: after });
  return edits;
}

/**
 * An equality between changes that is no longer than the changes on either
 * side of it (a space, "de", a comma) is shown as part of the change: the rule
 * of diff-match-patch's semantic cleanup. One pass with a stack: a merge can
 * make the equality before it small enough in turn, so it looks back.
 */
function eliminateSmallEqualities(edits: readonly Edit[]): Edit[] {
  type Change = { op: 'change'; deleted: string[]; inserted: string[]; size: number };
  type Same = { op: 'equal'; tokens: readonly string[]; size: number };
  const stack: (Change | Same)[] = [];
  const changeSize = (c: Change) => Math.max(length(c.deleted), length(c.inserted));
  for (let i = 0; i < edits.length; i++) {
    const e = edits[i]!;
    if (e.op === 'equal') {
      stack.push({ op: 'equal', tokens: e.tokens, size: length(e.tokens) });
      continue;
    }
    // regroup() made each run of changes one deletion and/or one insertion.
    let change: Change = { op: 'change', deleted: [], inserted: [], size: 0 };
    for (; i < edits.length && edits[i]!.op !== 'equal'; i++) (edits[i]!.op === 'delete' ? change.deleted : change.inserted).push(...edits[i]!.tokens);
    i--;
    change.size = changeSize(change);
    for (;;) {
      const same = stack.at(-1);
      const before = stack.at(-2);
      if (same?.op !== 'equal' || before?.op !== 'change' || same.size > before.size || same.size > change.size) break;
      stack.length -= 2;
      before.deleted.push(...same.tokens, ...change.deleted);
      before.inserted.push(...same.tokens, ...change.inserted);
      before.size = changeSize(before);
      change = before;
    }
    stack.push(change);
  }
  return stack.flatMap((s): Edit[] =>
    s.op === 'equal' ? [{ op: 'equal', tokens: s.tokens }] : [{ op: 'delete', tokens: s.deleted }, { op: 'insert', tokens: s.inserted }],
  );
}

/** Adjacent equalities merged; each run of changes as one deletion followed by one insertion. */
function regroup(edits: readonly Edit[]): Edit[] {
  const out: Edit[] = [];
  let deleted: string[] = [];
  let inserted: string[] = [];
  const flush = () => {
    if (deleted.length) out.push({ op: 'delete', tokens: deleted });
    if (inserted.length) out.push({ op: 'insert', tokens: inserted });
    deleted = [];
    inserted = [];
  };
  for (const e of edits) {
    if (!e.tokens.length) continue;
    if (e.op === 'delete') deleted.push(...e.tokens);
    else if (e.op === 'insert') inserted.push(...e.tokens);
    else {
      flush();
      const last = out.at(-1);
      if (last?.op === 'equal') out[out.length - 1] = { op: 'equal', tokens: [...last.tokens, ...e.tokens] };
      else out.push(e);
    }
  }
  flush();
  return out;
}

/** A deletion and insertion that start or end with the same tokens (e.g. a space) leave those as equal. */
function factorCommon(edits: readonly Edit[]): Edit[] {
  const out: Edit[] = [];
  for (let i = 0; i < edits.length; i++) {
    const del = edits[i]!;
    const ins = edits[i + 1];
    if (del.op !== 'delete' || ins?.op !== 'insert') {
      out.push(del);
      continue;
    }
    let head = 0;
    while (head < del.tokens.length && head < ins.tokens.length && del.tokens[head] === ins.tokens[head]) head++;
    let tail = 0;
    while (
      tail < del.tokens.length - head &&
      tail < ins.tokens.length - head &&
      del.tokens[del.tokens.length - 1 - tail] === ins.tokens[ins.tokens.length - 1 - tail]
    ) tail++;
    out.push(
      { op: 'equal', tokens: del.tokens.slice(0, head) },
      { op: 'delete', tokens: del.tokens.slice(head, del.tokens.length - tail) },
      { op: 'insert', tokens: ins.tokens.slice(head, ins.tokens.length - tail) },
      { op: 'equal', tokens: del.tokens.slice(del.tokens.length - tail) },
    );
    i++;
  }
  return regroup(out);
}

function length(tokens: readonly string[]): number {
  return tokens.reduce((n, t) => n + t.length, 0);
}
