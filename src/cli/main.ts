/**
 * The CLI entry: dispatch to one module per command, loaded on demand so that
 * `check` never pays for docx or pdfkit. Every user-facing failure ends here
 * as plain messages and exit code 1, never a stack trace.
 */
import { SourceError, formatDiagnostic } from '../sources/diagnostics.js';
import { commands, helpText, UsageError, type CommandName } from './usage.js';

type Command = { run(args: string[]): Promise<number> };

const load: Record<CommandName, () => Promise<Command>> = {
  check: () => import('./check.js'),
  render: () => import('./render.js'),
  coverage: () => import('./coverage.js'),
  diff: () => import('./diff.js'),
  draft: () => import('./draft.js'),
  import: () => import('./import.js'),
};

export async function main(argv: string[]): Promise<number> {
  const [name, ...args] = argv;
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    process.stdout.write(`${helpText()}\n`);
    return name ? 0 : 1;
  }
  if (!Object.hasOwn(load, name)) {
    process.stderr.write(`jaarschijf: unknown command "${name}"\n\n${helpText()}\n`);
    return 1;
  }
  const command = name as CommandName;
  if (args.includes('--help') || args.includes('-h')) {
    process.stdout.write(`Usage: ${commands[command]}\n`);
    return 0;
  }
  try {
    return await (await load[command]()).run(args);
  } catch (error) {
    return report(error, command);
  }
}

export function report(error: unknown, command?: CommandName): number {
  if (error instanceof SourceError) {
    for (const d of error.diagnostics) process.stderr.write(`${formatDiagnostic(d)}\n`);
    const n = error.diagnostics.length;
    process.stderr.write(`${n} problem${n === 1 ? '' : 's'} found.\n`);
  } else if (error instanceof UsageError) {
    process.stderr.write(`jaarschijf: ${error.message}\n`);
    const usage = error.usage ?? (command ? commands[command] : undefined);
    if (usage) process.stderr.write(`Usage: ${usage}\n`);
  } else {
    const message = error instanceof Error ? error.message : String(error);
    process.stderr.write(`jaarschijf: internal error: ${message}\n`);
    if (process.env.JAARSCHIJF_DEBUG && error instanceof Error) process.stderr.write(`${error.stack}\n`);
    else process.stderr.write('(set JAARSCHIJF_DEBUG=1 for details, and please report it)\n');
  }
  return 1;
}
