/**
 * The signing block after the last agreements table: place and date, the
 * sentence naming the parties by kind, and the signatories, from a table
 * (a cell each) or from paragraphs. A line that is none of these is warned
 * about; a heading after the signatories ends the block.
 */
import type { Signing } from '../model/schema.js';
import type { SignatoryDraft } from './buildParties.js';
import type { Item } from './documentItems.js';
import { blocksText, oneLine, paragraphText, type DocBlock } from './docxTypes.js';
import { isSignatureFurniture, parsePlaceDate, parseSignatory, parseSigningSentence, type SignatoryText } from './signing.js';
import { clip } from './toMarkdown.js';
import { cellWhere, type Warnings } from './warnings.js';

export function startsSigning(block: DocBlock): boolean {
  if (block.type === 'table') {
    return block.rows.some((r) => r.cells.some((c) => {
      const s = parseSignatory(c.blocks.flatMap((b) => (b.type === 'paragraph' ? [paragraphText(b)] : [])));
      return s !== undefined && (s.namens !== undefined || s.roleAndParty !== undefined);
    }));
  }
  const text = oneLine(paragraphText(block));
  return !!text && (parsePlaceDate(text) !== undefined || parseSigningSentence(text, []) !== undefined || /^(ondertekening|ondertekenaars|handtekeningen|voor akkoord)\s*:?$|^plaats\s*:/i.test(text));
}

export interface SigningRead {
  placeDate?: { place?: string; date: string };
  /** "Plaats: Harderwijk" on a line of its own. */
  place?: string;
  placeDateWhere?: string;
  sentence?: ReturnType<typeof parseSigningSentence>;
  sentenceYear?: number;
  signatories: SignatoryDraft[];
}

/** The signing block's lines: place and date, the sentence, and the signatories (from a table or paragraphs). */
export function readSigningBlock(items: readonly Item[], warnings: Warnings): SigningRead {
  const out: SigningRead = { signatories: [] };
  const groups: { lines: { text: string; where: string }[] }[] = [];
  let open: { lines: { text: string; where: string }[] } | undefined;
  const close = () => {
    if (open?.lines.length) groups.push(open);
    open = undefined;
  };
  const sentences: { text: string; where: string }[] = [];
  let ended = false;
  for (const item of items) {
    const block = item.block;
    if (ended) {
      const text = block.type === 'paragraph' ? oneLine(paragraphText(block)) : oneLine(blocksText([block]));
      if (text) warnings.add(item.where, `na het ondertekeningsblok; niet overgenomen: "${clip(text)}"`);
      continue;
    }
    if (block.type === 'table') {
      close();
      block.rows.forEach((row, r) =>
        row.cells.forEach((cell, c) => {
          const where = cellWhere(block.number, r + 1, c + 1);
          const lines = cell.blocks.flatMap((b) => (b.type === 'paragraph' ? [oneLine(paragraphText(b))] : [])).filter(Boolean);
          if (lines.length) groups.push({ lines: lines.map((text) => ({ text, where })) });
        }),
      );
      continue;
    }
    const text = oneLine(paragraphText(block));
    if (!text) {
      close();
      continue;
    }
    if (/^(ondertekening|ondertekenaars|handtekeningen|voor akkoord)\s*:?$/i.test(text)) {
      close();
      continue;
    }
    if (block.headingLevel !== undefined && (groups.length || open)) {
      // A heading after the signatories (an annex) ends the signing block.
      close();
      ended = true;
      warnings.add(item.where, `na het ondertekeningsblok; niet overgenomen: "${clip(text)}"`);
      continue;
    }
    const place = /^plaats\s*:\s*(.+)$/i.exec(text);
    if (place) {
      close();
      out.place = place[1]!.trim();
      continue;
    }
    const placeDate = parsePlaceDate(text);
    if (placeDate && !out.placeDate) {
      close();
      out.placeDate = placeDate;
      out.placeDateWhere = item.where;
      continue;
    }
    if (/overeengekomen/i.test(text) && /^de\s/i.test(text)) {
      close();
      sentences.push({ text, where: item.where });
      continue;
    }
    if (isSignatureFurniture(text)) continue;
    // A new "Naam, functie ..." line starts the next signatory; "namens ..." belongs to the one before.
    const startsNew = /^[^,]+,\s*\S/.test(text) && !/^(namens|voor)\b/i.test(text) && open?.lines.some((l) => /^[^,]+,\s*\S/.test(l.text) && !/^(namens|voor)\b/i.test(l.text));
    if (startsNew) close();
    open ??= { lines: [] };
    open.lines.push({ text, where: item.where });
  }
  close();

  const parsed = groups.map((g) => ({ group: g, signatory: parseSignatory(g.lines.map((l) => l.text)) }));
  const knownNames = parsed.flatMap((p) => (p.signatory?.namens ? [p.signatory.namens] : []));
  for (const s of sentences) {
    const sentence = parseSigningSentence(s.text, knownNames);
    if (sentence && !out.sentence) {
      out.sentence = sentence;
      if (sentence.year) out.sentenceYear = sentence.year;
    } else warnings.add(s.where, `niet herkend als de zin van de ondertekening; niet overgenomen: "${clip(s.text)}"`);
  }
  for (const { group, signatory } of parsed) {
    if (!signatory) {
      for (const line of group.lines) warnings.add(line.where, `in het ondertekeningsblok niet herkend als ondertekenaar; niet overgenomen: "${clip(line.text)}"`);
      continue;
    }
    out.signatories.push({ ...(signatory as SignatoryText), where: group.lines[0]!.where });
  }
  return out;
}

export function signingOf(read: SigningRead, parties: readonly { party?: string; role?: string }[], gemeente: string, warnings: Warnings): Signing | undefined {
  const signatories = read.signatories.flatMap((s, i) => {
    const party = parties[i]?.party;
    if (!party) return [];
    let role = parties[i]?.role ?? '';
    if (!role) {
      warnings.add(s.where, `de functie van ${s.name} ontbreekt; "ondertekenaar" ingevuld`);
      role = 'ondertekenaar';
    }
    return [{ name: s.name, role, party }];
  });
  if (!signatories.length) return undefined;
  let place = read.placeDate!.place ?? read.place;
  if (!place) {
    place = gemeente;
    warnings.add(read.placeDateWhere ?? 'ondertekening', `de plaats van ondertekening ontbreekt; "${gemeente}" ingevuld`);
  }
  return { place, date: read.placeDate!.date, signatories };
}
