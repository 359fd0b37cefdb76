/**
 * Next year's jaarschijf as TypeScript source, ready to edit: every agreement
 * carried over with its id (so next year's document lines the years up), with
 * comments where a writer has work to do.
 */
import { gereedEnd } from '../model/gereed.js';
import { listKaderafspraken } from '../model/lookup.js';
import { isJaarafspraak, type Jaarafspraak, type JaarschijfTheme } from '../model/schema.js';
import type { LoadedJaarschijf } from '../sources/loadJaarschijf.js';

export interface DraftPaths {
  /** Import specifier of the raamovereenkomst, relative to the new file ("./raamovereenkomst.ts"). */
  raamovereenkomst: string;
  /** The source year's file, relative to the new file ("./2024.ts"). */
  previous: string;
}

export interface DraftStats {
  carried: number;
  namesOldYear: number;
  pastDeadline: number;
  withoutAfspraak: number;
}

export function draftSource(loaded: LoadedJaarschijf, year: number, paths: DraftPaths): { source: string; stats: DraftStats } {
  const from = loaded.jaarschijf;
  const stats: DraftStats = { carried: 0, namesOldYear: 0, pastDeadline: 0, withoutAfspraak: 0 };
  const namesYear = (text: string | undefined) => text !== undefined && new RegExp(`\\b${from.year}\\b`).test(text);
  const out: string[] = [
    `// Jaarschijf ${year}: a draft, made from ${paths.previous} (jaarschijf ${from.year}) by \`jaarschijf draft\`.`,
    `// Every agreement of ${from.year} is carried over with its id, for review: reword, update or delete it.`,
    '// Lines marked TODO need attention. Without a `signing` block this jaarschijf is a draft and renders as CONCEPT;',
    '// add one when the parties have agreed: signing: { place, date: \'YYYY-MM-DD\', signatories: [{ name, role, party }] }.',
    "import { defineJaarschijf } from 'jaarschijf';",
    `import raamovereenkomst from ${quote(paths.raamovereenkomst)};`,
    '',
    'export default defineJaarschijf(raamovereenkomst, {',
    `  year: ${year},`,
    `  previous: ${quote(paths.previous)},`,
  ];
  if (from.title) out.push(`  // ${from.year}'s title was ${JSON.stringify(from.title)}; without a title the template gives one with the new year.`);
  if (from.introduction) {
    if (namesYear(from.introduction)) out.push(`  // TODO: the introduction names ${from.year}; update it for ${year}.`);
    out.push(`  introduction: ${literal(from.introduction)},`);
  }
  out.push('  themes: {');
  for (const [themeId, theme] of Object.entries(from.themes)) {
    out.push(`    ${key(themeId)}: {`);
    if (theme.layout === 'afspraken') out.push("      layout: 'afspraken',", `      title: ${quote(theme.title)},`);
    if (theme.intro) {
      if (namesYear(theme.intro)) out.push(`      // TODO: the intro names ${from.year}; update it for ${year}.`);
      out.push(`      intro: ${literal(theme.intro)},`);
    }
    out.push('      afspraken: [');
    for (const line of themeEntries(loaded, themeId, theme, year, stats, namesYear)) out.push(`        ${line}`.trimEnd());
    out.push('      ],', '    },');
  }
  out.push('  },');
  if (from.page) out.push(`  page: ${JSON.stringify(from.page)},`);
  out.push('});', '');
  return { source: out.join('\n'), stats };
}

function themeEntries(
  loaded: LoadedJaarschijf,
  themeId: string,
  theme: JaarschijfTheme,
  year: number,
  stats: DraftStats,
  namesYear: (text: string | undefined) => boolean,
): string[] {
  const fromYear = loaded.jaarschijf.year;
  const lines: string[] = [];
  const afspraken = theme.afspraken.filter(isJaarafspraak);
  const emit = (a: Jaarafspraak) => {
    stats.carried++;
    const todo: string[] = [];
    if (namesYear(a.text) || namesYear(a.toelichting)) {
      todo.push(`names ${fromYear}; reword for ${year}`);
      stats.namesOldYear++;
    }
    const end = a.gereed ? gereedEnd(a.gereed) : undefined;
    if (end && end < `${year}-01-01`) {
      todo.push(`gereed "${a.gereed}" has passed`);
      stats.pastDeadline++;
    }
    lines.push(todo.length ? `// TODO review (${todo.join('; ')})` : `// review: carried over from ${fromYear}`);
    const fields = [`id: ${quote(a.id)}`];
    if (a.kader) fields.push(`kader: ${quote(a.kader)}`);
    fields.push(`text: ${literal(a.text)}`);
    if (a.toelichting) fields.push(`toelichting: ${literal(a.toelichting)}`);
    if (a.trekker?.length) fields.push(`trekker: [${a.trekker.map(quote).join(', ')}]`);
    if (a.gereed) fields.push(`gereed: ${quote(a.gereed)}`);
    lines.push(`{ ${fields.join(', ')} },`);
  };
  if (theme.layout === 'afspraken') {
    afspraken.forEach(emit);
    return lines;
  }
  // Four-column themes: in the raamovereenkomst's order, with a placeholder where a kaderafspraak has no agreement.
  for (const kader of listKaderafspraken(loaded.raamovereenkomst).filter((k) => k.theme === themeId)) {
    const serving = afspraken.filter((a) => a.kader === kader.id);
    if (!serving.length) {
      stats.withoutAfspraak++;
      lines.push(`// TODO: kaderafspraak ${quote(kader.id)} had no jaarafspraak in ${fromYear}: ${clip(kader.text)}`);
      lines.push(`// { id: '...', kader: ${quote(kader.id)}, text: "..." },`);
    }
    serving.forEach(emit);
  }
  return lines;
}

function quote(s: string): string {
  return s.includes("'") || s.includes('\\') || s.includes('\n') ? JSON.stringify(s) : `'${s}'`;
}

/** A string literal that reads well: quoted on one line, or a template literal for Markdown with line breaks. */
function literal(text: string): string {
  if (!text.includes('\n')) return JSON.stringify(text);
  return `\`${text.replace(/\\/g, '\\\\').replace(/`/g, '\\`').replace(/\$\{/g, '\\${')}\``;
}

function key(id: string): string {
  return /^[a-z_][a-z0-9_]*$/i.test(id) ? id : quote(id);
}

function clip(text: string): string {
  const one = text.replace(/\s+/g, ' ');
  return one.length > 90 ? `${one.slice(0, 87)}...` : one;
}
