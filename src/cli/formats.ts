/**
 * The output formats of every command, in one table: the terminal text, the
 * JSON contract, and the documents that the writers make from the one
 * document model (src/render/renderers.ts). A command says which formats it
 * offers and how it makes each kind of output; it never picks a writer itself.
 */
import { documentFormats, renderers, type DocumentFormat } from '../render/renderers.js';
import { extname } from 'node:path';
import type { DocumentModel } from '../document/types.js';
import { parseFormats } from './args.js';
import { optimizeIfLarge } from './compilerTiers.js';
import { UsageError } from './usage.js';

export const outputFormats = {
  text: { extension: 'txt', description: 'tekst voor de terminal' },
  json: { extension: 'json', description: 'gegevens (JSON)' },
  md: { extension: 'md', description: 'Markdown' },
  html: { extension: 'html', description: 'een webpagina' },
  docx: { extension: 'docx', description: 'Word' },
  pdf: { extension: 'pdf', description: 'PDF' },
} as const;

export type OutputFormat = keyof typeof outputFormats;

/**
 * The one format of a command that writes one output: `--format`, or else
 * the one `-o`'s extension names (`-o rapport.pdf` is a PDF, not text in a
 * file called .pdf), or else `fallback`. An extension that names another of
 * the command's formats than `--format` is refused.
 */
export function chooseFormat<F extends OutputFormat>(value: string | undefined, out: string | undefined, known: readonly F[], fallback: F, usage: string): F {
  const written = out === undefined ? '' : extname(out).slice(1);
  const ext = written.toLowerCase().replace(/^htm$/, 'html');
  const named = known.find((f) => outputFormats[f].extension === ext);
  const [format, ...more] = parseFormats(value, known, [named ?? fallback], usage);
  if (!format || more.length) throw new UsageError(`noem één formaat: ${known.join(', ')}`, usage);
  if (named && named !== format) {
    throw new UsageError(`-o ${out} eindigt op .${written}, maar het formaat is ${format}: noem een .${outputFormats[format].extension}-bestand, of laat --format weg`, usage);
  }
  return format;
}

/** Where a command's one output goes: -o, or for Word and PDF (which a terminal cannot show) output/<name>.<extension>; undefined: the terminal. */
export function outputTarget(out: string | undefined, format: OutputFormat, fileName: () => string): string | undefined {
  if (out !== undefined) return out;
  return format === 'docx' || format === 'pdf' ? `output/${fileName()}.${outputFormats[format].extension}` : undefined;
}

/** What a command can make; the formats it offers decide which are used. */
export interface Outputs {
  text?: () => string;
  json?: () => unknown;
  /** The document model for a writer (it may differ per format: the diff's Word file is the redline). */
  document?: (format: DocumentFormat) => DocumentModel;
}

export function isDocumentFormat(format: OutputFormat): format is DocumentFormat {
  return (documentFormats as readonly string[]).includes(format);
}

/** The output in one format: a string for text formats, bytes for docx and pdf. */
export async function produce(format: OutputFormat, outputs: Outputs): Promise<string | Uint8Array> {
  if (format === 'text') return need(outputs.text, format)();
  if (format === 'json') return `${JSON.stringify(need(outputs.json, format)(), null, 2)}\n`;
  const doc = need(outputs.document, format)(format);
  optimizeIfLarge(doc);
  return (await renderers[format]())(doc);
}

function need<T>(maker: T | undefined, format: OutputFormat): T {
  // A command offers only formats it can make; this is a programming error, not a user's.
  if (!maker) throw new Error(`no ${format} output for this command`);
  return maker;
}
