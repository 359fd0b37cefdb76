// One bare library in a process of its own, as a user of that library would
// run it: `node bareChild.js docx|pdf <texts.json> <out>` renders the table
// texts (baselines.js) and writes the file.
import { readFileSync, writeFileSync } from 'node:fs';
import { bareDocx, barePdf } from './baselines.js';

const [format, textsFile, out] = process.argv.slice(2);
const texts = JSON.parse(readFileSync(textsFile, 'utf8'));
writeFileSync(out, await (format === 'docx' ? bareDocx : barePdf)(texts));
