// Source files for the example k times over (raamovereenkomst, 2023 and 2024,
// with the logos), so whole-process runs of the CLI can be measured at 940 rows.
import { cpSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { scaleLoaded } from './scaleLoaded.js';

/** Writes the scaled sources into `dir`; returns the path of the scaled 2024 source. */
export function writeScaledSources(loaded, k, dir, exampleDir) {
  const scaled = scaleLoaded(loaded, k);
  mkdirSync(dir, { recursive: true });
  cpSync(join(exampleDir, 'logos'), join(dir, 'logos'), { recursive: true });
  writeFileSync(
    join(dir, 'raamovereenkomst.ts'),
    `import { defineRaamovereenkomst } from 'jaarschijf';\nexport default defineRaamovereenkomst(${JSON.stringify(scaled.raamovereenkomst)});\n`,
  );
  for (const j of [scaled.previous, scaled].filter(Boolean)) {
    writeFileSync(
      join(dir, `${j.jaarschijf.year}.ts`),
      `import { defineJaarschijf } from 'jaarschijf';\nimport raamovereenkomst from './raamovereenkomst.ts';\nexport default defineJaarschijf(raamovereenkomst, ${JSON.stringify(j.jaarschijf)});\n`,
    );
  }
  return join(dir, `${scaled.jaarschijf.year}.ts`);
}
