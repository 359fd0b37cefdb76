/**
 * The diff for a terminal: per theme with changes each changed agreement with
 * its word changes ([-deleted-]{+inserted+}, as git's --word-diff) and
 * changed trekker, deadline and explanation, the unchanged ones by id on one
 * line; themes without any change are counted, not listed; a closing summary
 * of the counts.
 */
import { terminalStyle, wrap, type TerminalStyle } from '../output/terminalStyle.js';
import type { AgreementChange, FieldChange, JaarschijfDiff, Status, TextChange } from './computeDiff.js';
import type { Word } from './diffRich.js';
import { oneLine } from '../model/oneLine.js';

export interface TextOptions {
  color: boolean;
  /** Terminal width to wrap texts at; without one, texts stay on one line. */
  width?: number;
  /** The two sources, as the user named them, for the heading. */
  files?: { from: string; to: string };
}

const signs: Record<Status, string> = { added: '+', removed: '-', changed: '~', moved: '>', unchanged: '=' };
/** The statuses in Dutch, as the reports say them. */
const statusWords: Record<Status, string> = { added: 'nieuw', removed: 'vervallen', changed: 'gewijzigd', moved: 'verplaatst', unchanged: 'ongewijzigd' };
const fieldNames: Record<FieldChange['field'], string> = { trekker: 'trekker', gereed: 'gereed', toelichting: 'toelichting' };

export function formatDiffText(diff: JaarschijfDiff, options: TextOptions): string {
  const s = terminalStyle(options.color);
  const files = options.files ? ` (${options.files.from} -> ${options.files.to})` : '';
  const out: string[] = [s.bold(`Wijzigingen van jaarschijf ${diff.from} naar ${diff.to}${files}`)];
  const color = (status: Status, text: string) =>
    status === 'added' ? s.green(text) : status === 'removed' ? s.red(text) : status === 'unchanged' ? s.dim(text) : s.yellow(text);

  const introduction = diff.texts.find((t) => t.field === 'introduction');
  if (introduction && introduction.status !== 'unchanged') out.push('', ...textLines(introduction, 'inleiding', '', s, color, options.width));

  let quiet = 0;
  for (const theme of diff.themes) {
    const changes = diff.changes.filter((c) => c.theme === theme.id);
    const intro = diff.texts.find((t) => t.field === `themes.${theme.id}.intro` && t.status !== 'unchanged');
    if (!intro && changes.every((c) => c.status === 'unchanged')) {
      quiet++;
      continue;
    }
    const title = theme.number ? `${theme.number}. ${theme.title}` : `${theme.title} (alleen in ${diff.from})`;
    out.push('', s.bold(title));
    if (intro) out.push(...textLines(intro, 'inleiding van het thema', '  ', s, color, options.width));
    for (const c of changes.filter((x) => x.status !== 'unchanged')) out.push(...agreementLines(c, s, color, options.width));
    const unchanged = changes.filter((c) => c.status === 'unchanged').map((c) => c.id);
    if (unchanged.length) out.push(s.dim(wrap(`= ongewijzigd: ${unchanged.join(', ')}`, '  ', options.width)));
  }
  if (quiet) out.push('', s.dim(`${quiet} ${quiet === 1 ? 'thema zonder wijzigingen' : "thema's zonder wijzigingen"} niet getoond.`));

  const { summary } = diff;
  out.push('', s.bold(`${summary.added} nieuw, ${summary.removed} vervallen, ${summary.changed} gewijzigd, ${summary.moved} verplaatst, ${summary.unchanged} ongewijzigd`));
  return `${out.join('\n')}\n`;
}

function agreementLines(c: AgreementChange, s: TerminalStyle, color: (status: Status, text: string) => string, width?: number): string[] {
  const where: string[] = [];
  if (c.previous && c.previous.id !== c.id) where.push(`was ${c.previous.id}`);
  if (c.previous && c.previous.theme !== c.theme) where.push(`thema ${c.previous.theme} -> ${c.theme}`);
  else if (c.previous && c.previous.kader !== c.kader) where.push(`kaderafspraak ${c.previous.kader ?? 'geen'} -> ${c.kader ?? 'geen'}`);
  const row = c.row !== null ? ` (rij ${c.row})` : '';
  const head = `  ${color(c.status, `${signs[c.status]} ${c.id} ${statusWords[c.status]}`)}${row}${where.length ? ` (${where.join('; ')})` : ''}`;
  const fields = c.fields.map((f) => wrap(`${fieldNames[f.field]}: ${fieldChange(f, s)}`, '      ', width));
  return [head, wrap(inline(c.words, c.status, s), '      ', width), ...fields];
}

/** A trekker, deadline or explanation before and after, in the word-change notation. */
function fieldChange(f: FieldChange, s: TerminalStyle): string {
  const shown = (value: FieldChange['before']) => (value === null ? '' : typeof value === 'string' ? oneLine(value) : value.join(', '));
  const removed = f.before === null ? '' : s.red(`[-${shown(f.before)}-]`);
  const added = f.after === null ? '' : s.green(`{+${shown(f.after)}+}`);
  return removed + added;
}

function textLines(t: TextChange, label: string, indent: string, s: TerminalStyle, color: (status: Status, text: string) => string, width?: number): string[] {
  const head = `${indent}${color(t.status, `${signs[t.status]} ${label} ${statusWords[t.status]}`)}`;
  if (t.status === 'unchanged') return [head];
  // A whole new or dropped text is long: its opening words say which it is.
  const body = t.status === 'changed' ? inline(t.words, t.status, s) : excerpt(t.words.map((w) => w.text).join(''));
  return [head, wrap(body, `${indent}    `, width)];
}

/** Word changes on one line: deleted words as [-...-], inserted ones as {+...+}. */
function inline(words: readonly Word[], status: Status, s: TerminalStyle): string {
  if (status === 'added' || status === 'removed' || status === 'unchanged') return oneLine(words.map((w) => w.text).join(''));
  return words
    .map((w) => {
      // Spaces at the edges stay: they separate the marked words from the rest.
      const text = w.text.replace(/\s+/g, ' ');
      return w.op === 'delete' ? s.red(`[-${text}-]`) : w.op === 'insert' ? s.green(`{+${text}+}`) : text;
    })
    .join('')
    .trim();
}

function excerpt(text: string, max = 100): string {
  const line = oneLine(text);
  if (line.length <= max) return line;
  return `${line.slice(0, line.lastIndexOf(' ', max) > 0 ? line.lastIndexOf(' ', max) : max)} ... (${line.length} tekens)`;
}
