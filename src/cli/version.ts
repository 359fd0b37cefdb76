import { readFileSync } from 'node:fs';

/** The version in the package's own package.json (beside dist/ when installed, beside src/ in the repository). */
export function packageVersion(): string {
  const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string };
  return pkg.version;
}
