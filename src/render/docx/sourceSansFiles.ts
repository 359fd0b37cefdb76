/** The Source Sans 3 TTF files of the source-sans npm package: the project's fonts come from npm, never the system. */
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

const ttfDir = join(dirname(createRequire(import.meta.url).resolve('source-sans/package.json')), 'TTF');

export const sourceSansFiles = {
  regular: join(ttfDir, 'SourceSans3-Regular.ttf'),
  bold: join(ttfDir, 'SourceSans3-Bold.ttf'),
  italic: join(ttfDir, 'SourceSans3-It.ttf'),
  boldItalic: join(ttfDir, 'SourceSans3-BoldIt.ttf'),
} as const;

export type Face = keyof typeof sourceSansFiles;
