/**
 * The Word styles of the document: real, named styles (Title, Heading 1-4,
 * Body Text, table text, Note, the table of contents' TOC Heading and toc 1-3,
 * ...) so the navigation pane, a table of contents and "select all text with
 * this style" work for the people who edit the file. Sizes, line heights,
 * spaces and colours come from the shared typography, as in the PDF: each
 * paragraph style has the space before that the PDF gives its block
 * (renderBlocks writes the gaps that differ, where the PDF lets two gaps
 * overlap and Word would add them).
 */
import {
  AlignmentType,
  LevelFormat,
  LineRuleType,
  type ILevelsOptions,
  type INumberingOptions,
  type IParagraphStyleOptions,
  type IStylesOptions,
  type NumberingDefinition,
} from 'docx';
import type { Block, DocumentModel, Heading } from '../../document/types.js';
import { typography as t } from '../../document/typography.js';
import { halfPoints, twips } from './units.js';

/** Style ids as Word knows them: built-in ids where Word has the style, so it recognises them. */
export const styleIds = {
  bodyText: 'BodyText',
  title: 'Title',
  subtitle: 'Subtitle',
  listParagraph: 'ListParagraph',
  tableText: 'TableText',
  tableHeading: 'TableHeading',
  note: 'Note',
  noteChar: 'NoteChar',
  signing: 'Signing',
  signatory: 'Signatory',
  header: 'Header',
  footer: 'Footer',
  hyperlink: 'Hyperlink',
  table: 'JaarschijfTable',
  tocHeading: 'TOCHeading',
  caption: 'Caption',
  figure: 'Figure',
} as const;

/** Word's built-in heading styles, by level (docx's HeadingLevel values). */
export const headingStyleIds = { 1: 'Heading1', 2: 'Heading2', 3: 'Heading3', 4: 'Heading4' } as const;

/**
 * A heading the table of contents leaves out (`toc: false`): its level's look,
 * but no outline level, so Word's TOC field (\o and \u) and the navigation pane
 * leave it out too.
 */
export const unlistedHeadingStyleId = (level: Heading['level']): string => `${headingStyleIds[level]}Unlisted`;

/** The entries of the table of contents at each level: Word's built-in "toc 1".."toc 3". */
export const tocStyleId = (level: number): string => `TOC${level}`;

export const numberingRefs = { body: 'bullets', cell: 'cell-bullets' } as const;
/** Indent of each list level, in twips: in running text and (narrower) in table cells; the bullet hangs in it, as in the PDF. */
export const listIndent = { body: twips(t.list.indent), cell: twips(t.table.listIndent) } as const;
/** A numbered list's text lines up with a bullet list's; in a cell its levels step wider, as "10." needs the room. */
export const numberedIndent = { body: listIndent.body, cell: 255 } as const;

const font = t.fontFamily;
/**
 * Word's "multiple" line spacing multiplies the font's own line height, not
 * its size: the PDF's leading (a multiple of the size) is divided by it, so
 * a line is as high in Word as in the PDF.
 */
const line = (leading: number) => ({ line: Math.round((240 * leading) / t.fontLineHeight), lineRule: LineRuleType.AUTO });
const size = (pt: number) => halfPoints(pt);


/**
 * Heading styles differ only in size, leading, space before and outline level
 * (for the navigation pane and the table of contents); their space after is
 * the next block's before. Each keeps with the next paragraph and keeps its
 * lines together, so a heading never ends a page.
 */
function heading(style: { size: number; leading: number; spaceBefore: number }, outlineLevel: number) {
  return {
    run: { font, size: size(style.size), bold: true, color: t.colors.accent },
    paragraph: { spacing: { before: twips(style.spaceBefore), after: 0, ...line(style.leading) }, keepNext: true, keepLines: true, outlineLevel },
  };
}

/** Outline level 9 is body text: in no outline and no table of contents. */
const bodyTextOutlineLevel = 9;

/** The levels of the headings that stay out of the table of contents although their level would be in it. */
function unlistedLevels(blocks: readonly Block[]): Set<Heading['level']> {
  return new Set(blocks.flatMap((b) => (b.type === 'heading' && b.toc === false && b.level <= 3 ? [b.level] : [])));
}

/** Styles the document needs only when it has what uses them. */
function occasionalStyles(doc: DocumentModel, tocRight: number): IParagraphStyleOptions[] {
  const blocks = doc.sections.flatMap((s) => s.blocks);
  const unlisted = [...unlistedLevels(blocks)].sort().map(
    (level): IParagraphStyleOptions => ({
      id: unlistedHeadingStyleId(level),
      name: `Heading ${level} Unlisted`,
      basedOn: headingStyleIds[level],
      next: styleIds.bodyText,
      paragraph: { outlineLevel: bodyTextOutlineLevel },
    }),
  );
  if (!blocks.some((b) => b.type === 'contents')) return unlisted;
  return [
    ...unlisted,
    {
      // Word's own "TOC Heading": looks like Heading 1, but is not itself in the contents.
      id: styleIds.tocHeading,
      name: 'TOC Heading',
      basedOn: headingStyleIds[1],
      next: styleIds.bodyText,
      uiPriority: 39,
      unhideWhenUsed: true,
      quickFormat: true,
      paragraph: { outlineLevel: bodyTextOutlineLevel },
    },
    ...[1, 2, 3].map(
      (level): IParagraphStyleOptions => ({
        id: tocStyleId(level),
        name: `toc ${level}`,
        basedOn: 'Normal',
        next: 'Normal',
        uiPriority: 39,
        unhideWhenUsed: true,
        run: level === 1 ? { bold: true } : {},
        paragraph: {
          spacing: { before: level === 1 ? twips(6) : 0, after: twips(2) },
          indent: { left: (level - 1) * twips(14), right: tocRight },
        },
      }),
    ),
  ];
}

export function docxStyles(doc: DocumentModel): IStylesOptions {
  const { page } = doc;
  // Running text keeps to the prose width on a wide page; tables use the full body width.
  const proseIndent = twips(Math.max(0, page.width - page.margins.left - page.margins.right - page.proseWidth));
  const language = { value: doc.meta.language };
  return {
    default: {
      document: {
        // Pair kerning at every size, as the PDF sets its words (Word kerns only when asked).
        run: { font, size: size(t.body.size), color: t.colors.text, language, kern: 1 },
        paragraph: { spacing: { before: twips(t.paragraphSpacing), after: 0, ...line(t.body.leading) } },
      },
      title: {
        run: { font, size: size(t.title.size), bold: true, color: t.colors.accent },
        paragraph: { spacing: { before: 0, after: 0, ...line(t.title.leading) }, keepNext: true },
      },
      heading1: heading(t.heading1, 0),
      heading2: heading(t.heading2, 1),
      heading3: heading(t.heading3, 2),
      heading4: heading(t.heading4, 3),
      // Items sit close together; the list's first item has the space of a paragraph before it (renderBlocks).
      listParagraph: {
        paragraph: { spacing: { before: twips(t.list.itemSpacing), after: 0 }, indent: { right: proseIndent } },
      },
      hyperlink: { run: { color: t.colors.link, underline: {} } },
    },
    paragraphStyles: [
      {
        id: styleIds.bodyText,
        name: 'Body Text',
        basedOn: 'Normal',
        quickFormat: true,
        paragraph: { indent: { right: proseIndent } },
      },
      {
        id: styleIds.subtitle,
        name: 'Subtitle',
        basedOn: 'Normal',
        next: styleIds.bodyText,
        quickFormat: true,
        run: { size: size(t.subtitle.size), color: t.colors.muted },
        paragraph: { spacing: line(t.subtitle.leading), keepNext: true },
      },
      {
        id: styleIds.tableText,
        name: 'Table Text',
        basedOn: 'Normal',
        quickFormat: true,
        run: { size: size(t.table.size) },
        paragraph: { spacing: { before: 0, after: twips(t.table.paragraphSpacing), ...line(t.table.leading) } },
      },
      {
        id: styleIds.tableHeading,
        name: 'Table Heading',
        basedOn: styleIds.tableText,
        run: { size: size(t.tableHeader.size), bold: true, color: t.colors.headerText },
        // Keeps the header row on the page of the table's first row.
        paragraph: { keepNext: true },
      },
      {
        id: styleIds.note,
        name: 'Note',
        basedOn: styleIds.tableText,
        link: styleIds.noteChar,
        quickFormat: true,
        run: { size: size(t.note.size), color: t.colors.muted },
      },
      {
        // The place and date of signing: semibold in the PDF, the bold Word has.
        id: styleIds.signing,
        name: 'Signing',
        basedOn: styleIds.bodyText,
        next: styleIds.bodyText,
        run: { bold: true },
      },
      {
        id: styleIds.signatory,
        name: 'Signatory',
        basedOn: 'Normal',
        paragraph: { spacing: { before: 0, after: 0 }, keepNext: true, keepLines: true },
      },
      // Only a document with charts has their styles: every other document stays as it was.
      ...(hasFigures(doc) ? figureStyles() : []),
      {
        id: styleIds.header,
        name: 'header',
        basedOn: 'Normal',
        paragraph: { spacing: { before: 0, after: 0, line: 240, lineRule: LineRuleType.AUTO } },
      },
      {
        id: styleIds.footer,
        name: 'footer',
        basedOn: 'Normal',
        run: { size: size(t.footer.size), color: t.colors.muted },
        paragraph: { alignment: AlignmentType.RIGHT, spacing: { before: 0, after: 0, ...line(t.footer.leading) } },
      },
      ...occasionalStyles(doc, proseIndent),
    ],
    characterStyles: [
      {
        id: styleIds.noteChar,
        name: 'Note Char',
        basedOn: 'DefaultParagraphFont',
        link: styleIds.note,
        run: { size: size(t.note.size), color: t.colors.muted },
      },
    ],
  };
}

/** The rules of a table: half a point (Word counts eighths). */
export const tableRule = { size: 4, points: 0.5 } as const;

/**
 * A cell's margins, in twips, so that its text stands where the PDF's does
 * and rows are as high: the PDF draws its rules over the cells' edges, Word
 * gives each row's top rule room of its own, which the top margin gives back;
 * the last paragraph's space after is part of the bottom margin.
 */
export const tableCellMargins = {
  top: twips(t.table.padding - tableRule.points),
  left: twips(t.table.padding),
  bottom: twips(t.table.padding - t.table.paragraphSpacing),
  right: twips(t.table.padding),
} as const;

/**
 * A named table style for Word's Table Design gallery. docx has no option for
 * table styles, so it comes as a styles part of its own (docx's
 * `externalStyles`, merged with the styles above); the tables also carry the
 * same borders, margins and header fill directly, for applications that
 * ignore table styles.
 */
export function tableStylesXml(): string {
  const border = (side: string) => `<w:${side} w:val="single" w:sz="${tableRule.size}" w:space="0" w:color="${t.colors.rule}"/>`;
  const margin = (side: keyof typeof tableCellMargins) => `<w:${side} w:w="${tableCellMargins[side]}" w:type="dxa"/>`;
  return (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>' +
    '<w:styles xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">' +
    `<w:style w:type="table" w:customStyle="1" w:styleId="${styleIds.table}">` +
    '<w:name w:val="Jaarschijf Table"/><w:basedOn w:val="TableNormal"/><w:uiPriority w:val="59"/>' +
    `<w:rPr><w:sz w:val="${size(t.table.size)}"/><w:szCs w:val="${size(t.table.size)}"/></w:rPr>` +
    `<w:tblPr><w:tblBorders>${['top', 'left', 'bottom', 'right', 'insideH', 'insideV'].map(border).join('')}</w:tblBorders>` +
    `<w:tblCellMar>${(['top', 'left', 'bottom', 'right'] as const).map(margin).join('')}</w:tblCellMar></w:tblPr>` +
    '<w:tblStylePr w:type="firstRow">' +
    `<w:rPr><w:b/><w:bCs/><w:color w:val="${t.colors.headerText}"/></w:rPr>` +
    `<w:tcPr><w:shd w:val="clear" w:color="auto" w:fill="${t.colors.headerFill}"/></w:tcPr>` +
    '</w:tblStylePr></w:style></w:styles>'
  );
}

/**
 * A numbered list's definition: decimal ("1."), then "a.", then "i." for lists
 * inside its items, each level from `start`. docx adds it to numbering.xml
 * when a paragraph uses it, so a document without numbered lists has none.
 * Each list is its own instance of it (docx's `instance`), so each counts from
 * its own start.
 */
export function numberedListDefinition(inCell: boolean, start: number): NumberingDefinition {
  const step = inCell ? numberedIndent.cell : numberedIndent.body;
  const formats = [
    [LevelFormat.DECIMAL, '%1.'],
    [LevelFormat.LOWER_LETTER, '%2.'],
    [LevelFormat.LOWER_ROMAN, '%3.'],
  ] as const;
  const levels = formats.map(
    ([format, text], level): ILevelsOptions => ({
      level,
      format,
      text,
      start,
      alignment: AlignmentType.LEFT,
      // In a cell the number is set in the table text's size, as LibreOffice would otherwise take the body size for it.
      style: { paragraph: { indent: { left: step * (level + 1), hanging: step } }, run: { font, ...(inCell ? { size: size(t.table.size) } : {}) } },
    }),
  );
  return { reference: `${inCell ? 'cell-numbers' : 'numbers'}${start === 1 ? '' : `-from-${start}`}`, levels };
}

/** Real Word bullet lists: one definition for running text, a narrower one inside table cells. */
export function docxNumbering(): INumberingOptions {
  const bullets = ['•', '–', '◦'];
  const levels = (step: number, hanging: number) =>
    bullets.map((text, level) => ({
      level,
      format: LevelFormat.BULLET,
      text,
      alignment: AlignmentType.LEFT,
      style: {
        paragraph: { indent: { left: step * (level + 1), hanging } },
        run: { font },
      },
    }));
  return {
    config: [
      { reference: numberingRefs.body, levels: levels(listIndent.body, listIndent.body) },
      { reference: numberingRefs.cell, levels: levels(listIndent.cell, listIndent.cell) },
    ],
  };
}

/** The chart's caption and picture paragraphs. */
function figureStyles(): NonNullable<IStylesOptions['paragraphStyles']> {
  return [
    {
      id: styleIds.caption,
      name: 'caption',
      basedOn: 'Normal',
      next: styleIds.figure,
      quickFormat: true,
      run: { size: size(t.caption.size), bold: true, color: t.colors.accent },
      paragraph: { spacing: { before: twips(t.caption.spaceBefore), after: twips(4) }, keepNext: true, keepLines: true },
    },
    {
      id: styleIds.figure,
      name: 'Figure',
      basedOn: 'Normal',
      // The chart stays with its caption above and the start of its table below.
      paragraph: { spacing: { before: 0, after: twips(6), line: 240, lineRule: LineRuleType.AUTO }, keepNext: true },
    },
  ];
}

function hasFigures(doc: DocumentModel): boolean {
  return doc.sections.some((s) => s.blocks.some((b) => b.type === 'figure'));
}
