// The yardstick as a user would run it: one process that compiles a .typ
// file to PDF with Typst (its compiler ships as a binary in the npm package),
// with the Source Sans 3 TTFs our documents use.
import { writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { NodeCompiler } from '@myriaddreamin/typst-ts-node-compiler';

const [main, out] = process.argv.slice(2);
const fontPaths = [join(dirname(createRequire(import.meta.url).resolve('source-sans/package.json')), 'TTF')];
const compiler = NodeCompiler.create({ workspace: dirname(main), fontArgs: [{ fontPaths }] });
const result = compiler.compile({ mainFilePath: main });
if (!result.result) {
  console.error(JSON.stringify(compiler.fetchDiagnostics(result.takeDiagnostics()), null, 2));
  process.exit(1);
}
writeFileSync(out, compiler.pdf(result.result));
