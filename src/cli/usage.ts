/** A mistake in how a command was called: printed with the usage line, exit 1. */
export class UsageError extends Error {
  constructor(message: string, readonly usage?: string) {
    super(message);
    this.name = 'UsageError';
  }
}

export const commands = {
  check: 'jaarschijf check <file.ts>...',
  render: 'jaarschijf render <file.ts> [--format docx,pdf,html] [-o <dir>] [--annex coverage] [--templates <dir>]',
  coverage: 'jaarschijf coverage <file.ts> [--format text|json|md|html] [-o <file>] [--strict] [--templates <dir>] | --years <file.ts>...',
  diff: 'jaarschijf diff [<previous.ts>] <current.ts> [--format text|json|html|docx] [-o <file>] [--templates <dir>]',
  draft: 'jaarschijf draft <year> --from <file.ts> [-o <file.ts>] [--force]',
  import: 'jaarschijf import <file.docx> [-o <folder>] [--jaar <year>] [--force]',
} as const;

export type CommandName = keyof typeof commands;

export function helpText(): string {
  return [
    'jaarschijf: typed prestatieafspraken -> checked, compared and rendered documents',
    '',
    'Usage:',
    ...Object.values(commands).map((u) => `  ${u}`),
    '',
    'Run `jaarschijf <command> --help` for one command.',
  ].join('\n');
}
