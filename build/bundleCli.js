// `npm run build`, after tsc: the shipped CLI as a few bundled files in
// dist/bundle/ (esbuild, ESM, code split per command and renderer), so a run
// reads and compiles a handful of files instead of some 700 modules. The
// library (dist/index.js) and its type declarations stay tsc's output.
//
// dist/bundle/ sits at the same depth as tsc's dist/<folder>/, so the paths
// the code builds from import.meta.url (../../templates/, ../../package.json,
// ./sandboxWorker.js, ./renderWorker.js, ./batchWorker.js, ./chartWorker.js) hold in both.
import { build } from 'esbuild';
import { cpSync, mkdirSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../', import.meta.url));
export const bundleDir = join(root, 'dist/bundle');
const require = createRequire(import.meta.url);

/** A file of an installed package (whose exports may not list it). */
function packageFile(name, file) {
  let dir = dirname(require.resolve(name));
  while (!dir.endsWith(`/node_modules/${name}`)) dir = dirname(dir);
  return join(dir, file);
}

// Native addons load their platform's binary; pdf.js (preview only) brings its own worker file.
const external = ['oxc-parser', 'oxc-transform', '@resvg/resvg-js', 'pdfjs-dist'];

/** Modules that are bundled by their dependents but never used by ours: left out. */
const unused = {
  name: 'unused',
  setup(b) {
    // fontkit's WOFF2 decoder (1.3 MB of brotli): the fonts are TTF.
    b.onResolve({ filter: /^brotli\/decompress(\.js)?$/ }, () => ({ path: 'brotli', namespace: 'unused' }));
    b.onLoad({ filter: /^brotli$/, namespace: 'unused' }, () => ({
      contents: "module.exports = () => { throw new Error('WOFF2 fonts are not used'); };",
      loader: 'js',
    }));
    // node-fetch, which vega's loader takes as its way to data at a URL: the charts' data is
    // inline, and loading node-fetch (with Node's http, https, stream and zlib, and a URL
    // parser that loads the deprecated punycode) cost about 50 ms on the chart thread.
    b.onResolve({ filter: /^node-fetch$/ }, (args) => (/node_modules\/vega-loader\//.test(args.importer) ? { path: 'node-fetch', namespace: 'unused' } : undefined));
    b.onLoad({ filter: /^node-fetch$/, namespace: 'unused' }, () => ({
      contents: "module.exports = () => Promise.reject(new Error('URLs are not fetched'));",
      loader: 'js',
    }));
  },
};

/**
 * fontkit, unicode-properties and linebreak decompress their Unicode tables
 * (UnicodeTrie, tiny-inflate) when they load, a good part of loading the PDF
 * renderer. The renderer shapes with HarfBuzz and breaks lines itself, so
 * most are never read: each is made on its first lookup instead (`get` is
 * their only method).
 */
const lazyTries = {
  name: 'lazy-tries',
  setup(b) {
    b.onLoad({ filter: /node_modules\/(fontkit|unicode-properties|linebreak)\/dist\/module\.mjs$/ }, async (args) => {
      const code = await readFile(args.path, 'utf8');
      let count = 0;
      const contents = code.replace(/^(const|var|let) (\$\w+\$var\$(?:trie|classTrie)) = (new (?:\(0, [\w$]+\)|[\w$]+)\(.*\));$/gm, (_m, kind, name, make) => {
        count++;
        return `${kind} ${name} = (() => { let trie; return { get: (codePoint) => (trie ??= ${make}).get(codePoint) }; })();`;
      });
      if (!count) throw new Error(`lazy-tries: no Unicode table found in ${args.path} (did the package change?)`);
      return { contents, loader: 'js' };
    });
  },
};

/**
 * docx names each image part by the SHA-1 of its bytes, computed in
 * JavaScript: for the monitor's four charts (SVG and PNG) and the logos that
 * was about a tenth of its Word render. Node's own SHA-1 gives the same
 * digest (the same part names, the same bytes).
 */
let sha1Replaced = false;
const nativeSha1 = {
  name: 'native-sha1',
  setup(b) {
    b.onLoad({ filter: /node_modules\/docx\/dist\/index\.mjs$/ }, async (args) => {
      sha1Replaced = true;
      const code = await readFile(args.path, 'utf8');
      const head = 'var sha1 = (data) => {';
      if (code.split(head).length !== 2) throw new Error(`native-sha1: no single "${head}" in ${args.path} (did the package change?)`);
      const contents = code.replace(head, 'var sha1 = (data) => require("node:crypto").createHash("sha1").update(data).digest();\nvar sha1InJavaScript = (data) => {');
      return { contents, loader: 'js' };
    });
  },
};

/**
 * import() of a CommonJS package: Node names its exports (cjs-module-lexer),
 * a split bundle gives only `default`. Such an import goes through a module
 * that names them, listed here from the package itself.
 */
const cjsDynamic = ['vega', 'vega-lite', 'cfb'];
const cjsNamed = {
  name: 'cjs-named',
  setup(b) {
    const filter = new RegExp(`^(${cjsDynamic.map((n) => n.replace(/[.-]/g, '\\$&')).join('|')})$`);
    b.onResolve({ filter }, (args) => (args.kind === 'dynamic-import' ? { path: args.path, namespace: 'cjs-named' } : undefined));
    b.onLoad({ filter: /.*/, namespace: 'cjs-named' }, (args) => {
      const names = Object.keys(require(args.path)).filter((key) => /^[A-Za-z_$][\w$]*$/.test(key) && key !== 'default');
      return {
        // As Node gives it: default is module.exports itself.
        contents: `const m = require(${JSON.stringify(args.path)}); export default m; export const { ${names.join(', ')} } = m;`,
        resolveDir: root,
        loader: 'js',
      };
    });
  },
};

export async function bundleCli() {
  rmSync(bundleDir, { recursive: true, force: true });
  await build({
    absWorkingDir: root,
    // Every file the code starts by its own path (new Worker(new URL('./x.js', import.meta.url))) is an entry.
    entryPoints: {
      main: 'src/cli/main.ts',
      renderWorker: 'src/render/renderWorker.ts',
      sandboxWorker: 'src/sources/sandboxWorker.ts',
      batchWorker: 'src/batch/batchWorker.ts',
      chartWorker: 'src/chart/chartWorker.ts',
    },
    outdir: bundleDir,
    bundle: true,
    splitting: true,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    external,
    plugins: [unused, lazyTries, nativeSha1, cjsNamed],
    chunkNames: 'chunk-[hash]',
    logLevel: 'warning',
    legalComments: 'none',
    // Fewer bytes to read and compile at every start (the same code: outputs are byte-identical).
    minify: true,
    // Bundled CommonJS packages require Node's own modules.
    banner: { js: "import { createRequire as __jaarschijfRequire } from 'node:module'; const require = __jaarschijfRequire(import.meta.url);" },
  });
  // docx bundled from another file than the one native-sha1 rewrites would keep its JavaScript SHA-1 unseen.
  if (!sha1Replaced) throw new Error("bundleCli: native-sha1 found no docx/dist/index.mjs to rewrite (did the package's entry change?)");
  // A CommonJS package imported with import() but not listed in cjsDynamic would lose its named exports.
  for (const file of readdirSync(bundleDir)) {
    if (/^export default require_\w+\(\);$/m.test(readFileSync(join(bundleDir, file), 'utf8'))) throw new Error(`bundleCli: ${file} gives a CommonJS package's exports only as default; add the package to cjsDynamic`);
  }
  // Files that bundled packages read next to their own code (new URL(file, import.meta.url)).
  mkdirSync(join(bundleDir, 'data'));
  cpSync(packageFile('pdfkit', 'js/data/sRGB_IEC61966_2_1.icc'), join(bundleDir, 'data/sRGB_IEC61966_2_1.icc'));
  cpSync(packageFile('harfbuzzjs', 'dist/harfbuzz.wasm'), join(bundleDir, 'harfbuzz.wasm'));
  cpSync(packageFile('@jitl/quickjs-wasmfile-release-sync', 'dist/emscripten-module.wasm'), join(bundleDir, 'emscripten-module.wasm'));
}

/** What every run would derive the same way from the fonts (fontkit's tables too) and the hyphenation patterns, into dist/precomputed/ (src/fonts/precomputed.ts). */
export async function precompute() {
  rmSync(join(root, 'dist/precomputed'), { recursive: true, force: true });
  const { recordPrecomputed } = await import('../dist/fonts/precomputed.js');
  const { prepareEmbeddedFaces } = await import('../dist/render/docx/embeddedFonts.js');
  const { fontCoverage } = await import('../dist/sources/checkTexts.js');
  const { dutchHyphenator } = await import('../dist/render/pdf/hyphenation.js');
  const { fontSource } = await import('../dist/render/pdf/FontSet.js');
  const { faces } = await import('../dist/fonts/sourceSans.js');
  recordPrecomputed(true);
  prepareEmbeddedFaces();
  for (const face of faces) fontSource(face);
  await fontCoverage();
  dutchHyphenator();
  recordPrecomputed(false);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  await bundleCli();
  await precompute();
}
