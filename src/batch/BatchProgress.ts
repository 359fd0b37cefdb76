/**
 * What a batch render prints while it runs. Each document gets one line when
 * it is done (written, or failed with its problems on stderr). On a terminal
 * a status line below them is redrawn in place with what is under way; when
 * stdout is not a terminal (a log, a pipe) only the plain lines are printed.
 */
import { terminalStyle, wantsColor, type TerminalStyle } from '../output/terminalStyle.js';

interface Stream {
  isTTY?: boolean;
  columns?: number;
  write(text: string): unknown;
}

export class BatchProgress {
  readonly style: TerminalStyle;
  private readonly live: boolean;
  private status = '';

  constructor(
    private readonly out: Stream,
    private readonly err: Stream,
  ) {
    this.live = out.isTTY === true;
    this.style = terminalStyle(wantsColor(out));
  }

  /** A line that stays. */
  print(line: string): void {
    this.clearStatus();
    this.out.write(`${line}\n`);
    this.drawStatus();
  }

  /** Lines on stderr (a document's problems). */
  printError(lines: readonly string[]): void {
    if (!lines.length) return;
    this.clearStatus();
    this.err.write(lines.map((l) => `${l}\n`).join(''));
    this.drawStatus();
  }

  /** What is under way, on a terminal only; one line, cut to the terminal's width. */
  setStatus(text: string): void {
    if (!this.live) return;
    this.clearStatus();
    const width = Math.max(20, (this.out.columns || 80) - 1);
    const chars = [...text];
    this.status = chars.length > width ? `${chars.slice(0, width - 1).join('')}…` : text;
    this.drawStatus();
  }

  /** Remove the status line. */
  finish(): void {
    this.clearStatus();
    this.status = '';
  }

  private clearStatus(): void {
    if (this.live && this.status) this.out.write('\r\u001b[2K');
  }

  private drawStatus(): void {
    if (this.live && this.status) this.out.write(this.style.dim(this.status));
  }
}

/** 834 ms -> "0,8 s" (Dutch decimal comma). */
export function seconds(ms: number): string {
  return `${(ms / 1000).toFixed(1).replace('.', ',')} s`;
}
