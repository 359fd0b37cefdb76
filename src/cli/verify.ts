import { formatVerifyText, verifyJson, verifyPassed } from '../sign/formatVerifyReport.js';
import { PdfStructureError } from '../sign/pdfRevisions.js';
import { verifyPdf, type VerifyReport } from '../sign/verifyPdf.js';
import { SourceError } from '../sources/diagnostics.js';
import { parseCommandArgs, parseFormats } from './args.js';
import { readInput } from './readInput.js';
import { commands, UsageError } from './usage.js';

/** `jaarschijf verify <file.pdf> [--format text|json] [--require-all]`: every signature field and how it stands. */
export async function run(args: string[]): Promise<number> {
  const usage = commands.verify;
  const { values, positionals } = parseCommandArgs(args, { format: { type: 'string', short: 'f' }, 'require-all': { type: 'boolean' } }, usage);
  if (positionals.length !== 1) throw new UsageError('noem één PDF om te controleren', usage);
  const [format, ...more] = parseFormats(values.format, ['text', 'json'] as const, ['text'], usage);
  if (more.length) throw new UsageError('kies één formaat: text of json', usage);
  const file = positionals[0]!;
  const options = { requireAll: values['require-all'] === true };

  const bytes = await readInput(file, 'PDF');
  if (Buffer.from(bytes.subarray(0, 1024)).indexOf('%PDF-') < 0) throw new SourceError([{ file, message: 'is geen PDF' }]);
  let report: VerifyReport;
  try {
    report = await verifyPdf(bytes);
  } catch (error) {
    if (error instanceof PdfStructureError) throw new SourceError([{ file, message: `de opbouw van de PDF is niet te lezen (${error.message}); de handtekeningen zijn niet te controleren` }]);
    throw error;
  }
  process.stdout.write(format === 'json' ? `${JSON.stringify(verifyJson(file, report, options), null, 2)}\n` : formatVerifyText(file, report, options));
  return verifyPassed(report, options) ? 0 : 1;
}
