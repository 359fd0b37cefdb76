/**
 * ANSI styling for terminal output: only on a terminal, never with NO_COLOR
 * (https://no-color.org), forced with FORCE_COLOR. Formatters take the
 * decision as an option, so tests can ask for either.
 */
export interface TerminalStyle {
  bold(s: string): string;
  dim(s: string): string;
  green(s: string): string;
  red(s: string): string;
  yellow(s: string): string;
}

const codes = { bold: [1, 22], dim: [2, 22], green: [32, 39], red: [31, 39], yellow: [33, 39] } as const;

export function terminalStyle(color: boolean): TerminalStyle {
  const style = (name: keyof typeof codes) => (s: string) => (color ? `\u001b[${codes[name][0]}m${s}\u001b[${codes[name][1]}m` : s);
  return { bold: style('bold'), dim: style('dim'), green: style('green'), red: style('red'), yellow: style('yellow') };
}

/** Whether output to this stream should be coloured. */
export function wantsColor(stream: { isTTY?: boolean }, env: NodeJS.ProcessEnv = process.env): boolean {
  if (env.NO_COLOR) return false;
  if (env.FORCE_COLOR !== undefined && env.FORCE_COLOR !== '0') return true;
  return stream.isTTY === true;
}

/** Wrap words to a width, each line after the first indented (no width: one line). */
export function wrap(text: string, indent: string, width?: number): string {
  if (!width || width <= indent.length + 20) return indent + text;
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(' ')) {
    if (line && indent.length + line.length + 1 + word.length > width) {
      lines.push(indent + line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  lines.push(indent + line);
  return lines.join('\n');
}
