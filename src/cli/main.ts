/**
 * The CLI entry: dispatch to one module per command, loaded on demand so that
 * `check` never pays for docx or pdfkit. Every user-facing failure ends here
 * as plain messages and exit code 1, never a stack trace.
 */
import { SourceError, formatDiagnostic } from '../sources/diagnostics.js';
import { warmSandbox } from '../sources/sandbox.js';
import { startWithBaselineCompilers } from './compilerTiers.js';
import { commandHelpText, commands, helpText, isCommandName, UsageError, type CommandName } from './usage.js';

// Before the command's modules load (see compilerTiers.ts).
startWithBaselineCompilers();

type Command = { run(args: string[]): Promise<number> };

const load: Record<CommandName, () => Promise<Command>> = {
  init: () => import('./init.js'),
  check: () => import('./check.js'),
  render: () => import('./render.js'),
  coverage: () => import('./coverage.js'),
  diff: () => import('./diff.js'),
  draft: () => import('./draft.js'),
  preview: () => import('./preview.js'),
  import: () => import('./import.js'),
  sign: () => import('./sign.js'),
  verify: () => import('./verify.js'),
  monitor: () => import('./monitor.js'),
};

/** Commands that evaluate sources: the sandbox's thread starts while the command's code loads. */
const evaluatesSources: ReadonlySet<CommandName> = new Set(['check', 'render', 'coverage', 'diff', 'draft', 'preview', 'monitor']);

export async function main(argv: string[]): Promise<number> {
  const [name, ...args] = argv;
  if (name === '--version' || name === '-v') {
    process.stdout.write(`${(await import('./version.js')).packageVersion()}\n`);
    return 0;
  }
  if (name === 'help' && args[0] !== undefined && isCommandName(args[0])) {
    process.stdout.write(`${commandHelpText(args[0])}\n`);
    return 0;
  }
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    process.stdout.write(`${helpText()}\n`);
    return name ? 0 : 1;
  }
  if (!isCommandName(name)) {
    process.stderr.write(`jaarschijf: onbekende opdracht "${name}"\n\n${helpText()}\n`);
    return 1;
  }
  const command = name;
  if (args.includes('--help') || args.includes('-h')) {
    process.stdout.write(`${commandHelpText(command)}\n`);
    return 0;
  }
  if (evaluatesSources.has(command)) warmSandbox();
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
    process.stderr.write(`${n} ${n === 1 ? 'probleem' : 'problemen'} gevonden.\n`);
  } else if (error instanceof UsageError) {
    process.stderr.write(`jaarschijf: ${error.message}\n`);
    const usage = error.usage ?? (command ? commands[command] : undefined);
    if (usage) process.stderr.write(`Gebruik: ${usage}\n`);
  } else {
    const message = error instanceof Error ? error.message : String(error);
    process.stderr.write(`jaarschijf: interne fout: ${message}\n`);
    if (process.env.JAARSCHIJF_DEBUG && error instanceof Error) process.stderr.write(`${error.stack}\n`);
    else process.stderr.write('(zet JAARSCHIJF_DEBUG=1 voor details, en meld deze fout alstublieft)\n');
  }
  return 1;
}
