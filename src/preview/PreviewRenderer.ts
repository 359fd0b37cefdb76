/**
 * The preview's render loop: load the source, build the document, render the
 * PDF, in this long-running process. One render at a time; a request during a
 * render runs once more after it (every save in between coalesced). After each
 * render the listeners get the new state: the PDF, or the problems.
 */
import { createHash } from 'node:crypto';
import { resolve } from 'node:path';
import { buildJaarschijfDocument } from '../document/buildJaarschijfDocument.js';
import { forgetWording, wordingFiles } from '../document/wording.js';
import { renderers } from '../render/renderers.js';
import { SourceError, type Diagnostic } from '../sources/diagnostics.js';
import { loadJaarschijf } from '../sources/loadJaarschijf.js';
import { diagnosticFiles, watchedFiles } from './watchedFiles.js';

export interface PreviewState {
  /** Counts finished renders. */
  version: number;
  busy: boolean;
  updatedAt?: Date;
  /** The document as the last good render made it; kept while the source has problems. */
  pdf?: Uint8Array;
  /** A hash of `pdf`: the page renders the document again only when it changed. */
  pdfHash?: string;
  /** `<gemeente>-<year>`, for the PDF's file name. */
  fileName?: string;
  /** The source's problems; empty when `pdf` is the current document. */
  problems: Diagnostic[];
}

export interface PreviewOptions {
  templates?: string;
}

export class PreviewRenderer {
  state: PreviewState = { version: 0, busy: false, problems: [] };
  /** What to watch now: the files of the last good load, and while broken the files the problems name. */
  files: string[];
  private readonly listeners = new Set<(state: PreviewState) => void>();
  private running: Promise<void> | undefined;
  private again = false;
  private stopped = false;
  private lastGoodFiles: string[] = [];

  constructor(
    readonly file: string,
    private readonly options: PreviewOptions = {},
  ) {
    this.files = [resolve(file), ...wordingFiles(options.templates)];
  }

  onUpdate(listener: (state: PreviewState) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** Render now, or once more after the render under way; resolves when no render is left. */
  request(): Promise<void> {
    if (this.stopped) return Promise.resolve();
    if (this.running) {
      this.again = true;
      return this.running;
    }
    this.running = this.loop().finally(() => (this.running = undefined));
    return this.running;
  }

  private async loop(): Promise<void> {
    do {
      this.again = false;
      this.update({ busy: true });
      this.update({ ...(await this.renderOnce()), busy: false, version: this.state.version + 1, updatedAt: new Date() });
    } while (this.again && !this.stopped);
  }

  /** Render no more; resolves when the render under way has finished. */
  async close(): Promise<void> {
    this.stopped = true;
    this.listeners.clear();
    await this.running;
  }

  private async renderOnce(): Promise<Partial<PreviewState>> {
    const templates = this.options.templates;
    forgetWording();
    try {
      const loaded = await loadJaarschijf(this.file);
      this.lastGoodFiles = watchedFiles(loaded);
      this.files = [...this.lastGoodFiles, ...wordingFiles(templates)];
      const doc = buildJaarschijfDocument(loaded, templates ? { templates } : {});
      const pdf = (await (await renderers.pdf())(doc)) as Uint8Array;
      const pdfHash = createHash('sha256').update(pdf).digest('hex').slice(0, 16);
      return { pdf, pdfHash, fileName: doc.meta.fileName, problems: [] };
    } catch (error) {
      const problems = error instanceof SourceError ? [...error.diagnostics] : [internalProblem(this.file, error)];
      this.files = [...new Set([...this.lastGoodFiles, resolve(this.file), ...diagnosticFiles(problems), ...wordingFiles(templates)])];
      return { problems };
    }
  }

  private update(change: Partial<PreviewState>): void {
    this.state = { ...this.state, ...change };
    for (const listener of this.listeners) listener(this.state);
  }
}

/** A failure that is not the source's: shown as a problem, so the preview keeps running. */
function internalProblem(file: string, error: unknown): Diagnostic {
  const message = error instanceof Error ? error.message : String(error);
  if (process.env.JAARSCHIJF_DEBUG && error instanceof Error) process.stderr.write(`${error.stack}\n`);
  return { file, message: `interne fout: ${message} (JAARSCHIJF_DEBUG=1 toont details; meld het alstublieft)` };
}
