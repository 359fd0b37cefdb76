/**
 * resvg's native binding, loaded without its package's loader where that is
 * slow: on Linux the loader asks `process.report.getReport()` whether the C
 * library is musl, and a report waits for every worker thread of the process
 * to answer (some 20 ms beside the sandbox's thread, 100 ms beside the chart
 * and Word threads). Reading /usr/bin/ldd answers the same question, as the
 * oxc packages' loaders do. Anything unexpected falls back to the package's
 * own loader. The package's Resvg and renderAsync only turn the options into
 * JSON for the binding; so do these. test/libraryInternals.test.ts (the canary)
 * checks that both draw the same.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

type Resvg = typeof import('@resvg/resvg-js').Resvg;
type RenderAsync = typeof import('@resvg/resvg-js').renderAsync;
type Binding = { Resvg: new (svg: string | Buffer, options?: string) => InstanceType<Resvg>; renderAsync: (svg: string | Buffer, options?: string | null) => ReturnType<RenderAsync> };

const require = createRequire(import.meta.url);
let loaded: Resvg | undefined;
let loadedAsync: RenderAsync | undefined;

/** resvg's Resvg class, as `import { Resvg } from '@resvg/resvg-js'` gives it. */
export function resvgClass(): Resvg {
  return (loaded ??= direct() ?? (require('@resvg/resvg-js') as typeof import('@resvg/resvg-js')).Resvg);
}

/** resvg's renderAsync (it draws on one of libuv's threads), as `import { renderAsync } from '@resvg/resvg-js'` gives it. */
export function resvgRenderAsync(): RenderAsync {
  if (!loadedAsync) {
    const draw = directBinding()?.renderAsync;
    loadedAsync =
      typeof draw === 'function'
        ? (svg, options) => draw(svg, options ? JSON.stringify(options) : null)
        : (require('@resvg/resvg-js') as typeof import('@resvg/resvg-js')).renderAsync;
  }
  return loadedAsync;
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

function directBinding(): Partial<Binding> | undefined {
  const name = directBindingName();
  if (!name) return undefined;
  try {
    // From resvg's own folder, where npm put its optional dependency.
    return createRequire(require.resolve('@resvg/resvg-js'))(name) as Partial<Binding>;
  } catch {
    return undefined;
  }
}

function direct(): Resvg | undefined {
  const Base = directBinding()?.Resvg;
  if (typeof Base !== 'function') return undefined;
  return class Resvg extends Base {
    constructor(svg: string | Buffer, options?: object) {
      super(svg, JSON.stringify(options));
    }
  } as unknown as Resvg;
}
