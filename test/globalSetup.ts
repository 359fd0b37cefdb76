import { execFileSync } from 'node:child_process';

// CLI tests run the compiled command, as users do: compile and bundle once per test run (npm run build).
export default function setup(): void {
  execFileSync(process.execPath, ['node_modules/typescript/bin/tsc', '-p', 'tsconfig.build.json'], { stdio: 'inherit' });
  execFileSync(process.execPath, ['build/bundleCli.js'], { stdio: 'inherit' });
}
