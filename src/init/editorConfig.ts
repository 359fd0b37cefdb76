/**
 * The tsconfig.json of a gemeente folder: with it an editor (and
 * `tsc --noEmit -p <folder>`) type-checks the sources there, so an unknown
 * kaderafspraak, theme or party is an error and ids are completed.
 */
const header = [
  '// Voor de editor en `npx tsc --noEmit -p <deze map>`: de bronnen in deze map worden gecontroleerd,',
  '// een onbekende kaderafspraak, thema of partij is een fout en ids worden aangevuld.',
];

/**
 * Inside the jaarschijf repository the folder extends the repository's
 * tsconfig (`jaarschijf` is src/index.ts there, as for `npm run typecheck`);
 * elsewhere `jaarschijf` is the installed package, resolved as a bundler does
 * (the toolkit bundles each source with esbuild).
 */
export function editorConfig(repositoryConfig?: string): string {
  const config = repositoryConfig
    ? { extends: repositoryConfig.split('\\').join('/'), include: ['*.ts'] }
    : {
        compilerOptions: {
          target: 'ES2022',
          module: 'preserve',
          moduleResolution: 'bundler',
          allowImportingTsExtensions: true,
          noEmit: true,
          strict: true,
          skipLibCheck: true,
          types: [],
        },
        include: ['*.ts'],
      };
  return `${header.join('\n')}\n${JSON.stringify(config, null, 2)}\n`;
}
