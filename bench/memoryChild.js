// The CLI in this process (its worker threads included): render the given
// source to Word and PDF, then print the process's peak resident set in KB.
import { main } from '../dist/cli/main.js';

const [source, out] = process.argv.slice(2);
const code = await main(['render', source, '--format', 'docx,pdf', '-o', out]);
if (code !== 0) process.exit(code);
process.stdout.write(String(process.resourceUsage().maxRSS));
