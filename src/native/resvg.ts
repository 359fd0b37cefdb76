/**
 * resvg's native binding, loaded without its package's loader where that is
 * slow: on Linux the loader asks `process.report.getReport()` whether the C
 * library is musl, and a report waits for every worker thread of the process
 * to answer (some 20 ms beside the sandbox's thread, 100 ms beside the chart
 * and Word threads). Reading /usr/bin/ldd answers the same question, as the
 * oxc packages' loaders do. Anything unexpected falls back to the package's
 * own loader. The package's Resvg only turns the options into JSON for the
 * binding; so does this one. test/libraryInternals.test.ts (the canary)
 * checks that both draw the same.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

type Resvg = typeof import('@resvg/resvg-js').Resvg;
type Binding = { Resvg: new (svg: string | Buffer, options?: string) => InstanceType<Resvg> };

const require = createRequire(import.meta.url);
let loaded: Resvg | undefined;

/** resvg's Resvg class, as `import { Resvg } from '@resvg/resvg-js'` gives it. */
export function resvgClass(): Resvg {
  return (loaded ??= direct() ?? (require('@resvg/resvg-js') as typeof import('@resvg/resvg-js')).Resvg);
}

/** The platform package resvg's loader picks on Linux, or undefined elsewhere. */
export function directBindingName(): string | undefined {
  if (process.platform !== 'linux' || (process.arch !== 'x64' && process.arch !== 'arm64')) return undefined;
  try {
    return `@resvg/resvg-js-linux-${process.arch}-${readFileSync('/usr/bin/ldd', 'utf8').includes('musl') ? 'musl' : 'gnu'}`;
  } catch {
    return undefined;
  }
}

function direct(): Resvg | undefined {
  const name = directBindingName();
  if (!name) return undefined;
  let binding: Partial<Binding>;
  try {
    // From resvg's own folder, where npm put its optional dependency.
    binding = createRequire(require.resolve('@resvg/resvg-js'))(name) as Partial<Binding>;
  } catch {
    return undefined;
  }
  const Base = binding.Resvg;
  if (typeof Base !== 'function') return undefined;
  return class Resvg extends Base {
    constructor(svg: string | Buffer, options?: object) {
      super(svg, JSON.stringify(options));
    }
  } as unknown as Resvg;
}
