/** What renderBatch and its threads (batchWorker) say to each other. */
import type { DocumentModel } from '../document/types.js';
import type { RenderOptions } from '../render/documentWithAnnex.js';
import type { DocumentFormat } from '../render/renderers.js';
import type { Diagnostic } from '../sources/diagnostics.js';
import type { OtherSource } from '../sources/loadJaarschijf.js';

export interface BatchWorkerData {
  formats: readonly DocumentFormat[];
  options: RenderOptions;
}

export type BatchJob =
  /** Load a source and build its document; `inFolder`: found in a named folder, so a file that is not a jaarschijf is skipped. */
  | { kind: 'load'; file: string; inFolder: boolean }
  /** Render a document in every format, in the order asked for. */
  | { kind: 'render'; doc: DocumentModel };

export type BatchReply =
  | { ok: true; kind: 'loaded'; doc: DocumentModel; inputs: string[]; ms: number }
  | { ok: true; kind: 'skipped'; other: OtherSource['other'] }
  | { ok: true; kind: 'rendered'; outputs: (Uint8Array | string)[]; ms: number }
  /** A problem in the source (diagnostics), or an internal error (message and stack). */
  | { ok: false; diagnostics: Diagnostic[] }
  | { ok: false; message: string; stack?: string };
