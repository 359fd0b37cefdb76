/**
 * The bijlagen: each on a page of its own, numbered ("Bijlage 1 Lijst met
 * afkortingen"), with its text, its table and its indicators; texts link to
 * them by id ("zie [bijlage](#afkortingen)" reads "zie bijlage 1").
 */
import { slug } from '../model/slug.js';
import { heading, paragraph, section } from './builders.js';
import { indicatorTable } from './indicators.js';
import type { LayoutContext } from './layouts.js';
import { longTextBlocks } from './longText.js';
import type { Block, Section, Table } from './types.js';

/** @param numbering whether the document numbers its sections: then a bijlage's `##` headings are numbered under it too */
export function annexSections(ctx: LayoutContext, numbering: boolean): Section[] {
  const { loaded, w } = ctx;
  return (loaded.jaarschijf.annexes ?? []).map((annex, i) => {
    const number = i + 1;
    const anchor = `bijlage-${annex.id}`;
    const title = w.text('annexHeading', { number, title: annex.title });
    const anchors = new Set([anchor]);
    let sub = 0;
    const blocks: Block[] = [heading(1, title, anchor)];
    if (annex.text) {
      blocks.push(
        ...longTextBlocks(loaded.long(annex.text), 1, {
          w,
          places: ctx.places,
          number: (l) => (numbering && l === 2 ? `${number}.${++sub}` : undefined),
          anchor: (shown) => {
            let a = `${anchor}-${slug(shown)}`;
            for (let n = 2; anchors.has(a); n++) a = `${anchor}-${slug(shown)}-${n}`;
            anchors.add(a);
            return a;
          },
        }),
      );
    }
    if (annex.table) blocks.push(annexTable(annex.table, `${anchor}-tabel`, w.text('annexTableSummary', { number, title: annex.title }), w.text('continued')));
    if (annex.indicators) blocks.push(indicatorTable(ctx, annex.indicators, `${anchor}-indicatoren`));
    return section(anchor, title, blocks, { startOnNewPage: true });
  });
}

function annexTable(table: { columns: readonly string[]; rows: readonly (readonly string[])[] }, anchor: string, summary: string, continuedLabel: string): Table {
  const width = table.columns.length;
  return {
    type: 'table',
    anchor,
    summary,
    columns: table.columns.map(() => ({ width: 1 / width, kind: 'text' as const })),
    header: table.columns,
    rows: table.rows.map((row) => ({ cells: table.columns.map((_, column) => ({ column, rowSpan: 1, blocks: row[column] ? [paragraph(row[column]!)] : [] })) })),
    continuedLabel,
  };
}
