// Bundles the CLI and its dependencies into one script, dist/cli/kubepose.cjs, plus a V8 code cache
// (dist/cli/kubepose.cjs.cache) made by converting examples/voting-app once, so that bin/kubepose
// neither resolves hundreds of modules nor compiles 3 MB of JavaScript at every start.
// Measured on a 5-service project: ~370 ms from dist/src/, ~200 ms from one bundle, ~135 ms with the cache.
// Minified (3.6 → 2.1 MB, ~10 ms less CPU per start on the same project) with a source map beside it:
// KUBEPOSE_DEBUG=1 loads the bundle with it, so stack traces still name the src/ files and lines.
// KUBEPOSE_MINIFY=0 node scripts/bundle.mjs keeps the names, for a readable `node --cpu-prof` of the CLI.
import { spawnSync } from "node:child_process";
import { readFileSync, rmSync, writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { createRequire } from "node:module";
import { build } from "esbuild";

const root = new URL("..", import.meta.url);
const { version } = JSON.parse(readFileSync(new URL("package.json", root), "utf8"));
const outfile = fileURLToPath(new URL("dist/cli/kubepose.cjs", root));

// commander requires node:child_process at load, only to run executable subcommands (`git-style`
// programs on the PATH), which kubepose has none of; with net and dgram it is ~2 ms of every start
// (process.moduleLoadList, node --cpu-prof). The require moves into the one place that spawns.
const eagerChildProcess = "const childProcess = require('node:child_process');";
const lazyCommander = {
  name: "lazy-child-process",
  setup(build) {
    build.onLoad({ filter: /[\\/]commander[\\/]lib[\\/]command\.js$/ }, ({ path }) => {
      const source = readFileSync(path, "utf8");
      if (!source.includes(eagerChildProcess)) throw new Error(`scripts/bundle.mjs: ${path} no longer has ${eagerChildProcess}`);
      return { contents: source.replace(eagerChildProcess, "const childProcess = { spawn: (...args) => require('node:child_process').spawn(...args) };"), loader: "js" };
    });
  },
};

// esbuild runs the initialiser of every module a static import reaches when the bundle starts, and a
// synchronous pipeline cannot import() what only its rare paths use. These namespace imports become a
// require() on first use instead, so a run that never takes the path never initialises the module (nor
// what only it reaches), and the code cache holds none of its code: zod (only a document the generated
// check refuses is read with it) and kubernetes-models with its ajv schemas (only an object the shape
// check cannot pass). Median of 11 interleaved runs: 1000 services convert wall 348 → 337 ms, CPU 390 → 380 ms,
// peak RSS 122 → 119 MB; voting-app wall 88 → 81 ms, CPU 80 → 70 ms; the code cache 1.71 → 1.42 MB.
const lazyImports = [
  { file: /[\\/]src[\\/]validate[\\/]index\.ts$/, statement: 'import * as zodSchema from "./schema.js";' },
  { file: /[\\/]src[\\/]check[\\/]index\.ts$/, statement: 'import * as exact from "./exact.js";' },
];
const lazyModules = {
  name: "lazy-modules",
  setup(build) {
    for (const { file, statement } of lazyImports) {
      build.onLoad({ filter: file }, ({ path }) => {
        const source = readFileSync(path, "utf8");
        const [, name, specifier] = /^import \* as (\w+) from ("[^"]+");$/.exec(statement);
        if (!source.includes(statement)) throw new Error(`scripts/bundle.mjs: ${path} no longer has ${statement}`);
        const lazy = `let ${name}$loaded; const ${name} = new Proxy({}, { get: (_, key) => (${name}$loaded ??= require(${specifier}))[key] });`;
        return { contents: source.replace(statement, lazy), loader: "ts" };
      });
    }
  },
};

// zod's ES module build re-exports its namespaces (core, schemas, locales…), which esbuild turns into
// ~1000 getters defined when the bundle starts, though zod itself starts only on first use (above).
// Its CommonJS build defines them inside its own module functions, which run only then. 25 interleaved
// runs, CPU median: 1000-service convert 409 -> 402 ms, voting-app 84 -> 82 ms, code cache 1.42 -> 1.24 MB;
// the first zod use pays ~7 ms more (an invalid file's validate, 11 runs: 102 -> 109 ms).
const zodAsCommonJs = {
  name: "zod-commonjs",
  setup(build) {
    build.onResolve({ filter: /^zod$/ }, () => ({ path: createRequire(import.meta.url).resolve("zod") }));
  },
};

rmSync(fileURLToPath(new URL("dist/cli", root)), { recursive: true, force: true });
await build({
  entryPoints: [fileURLToPath(new URL("src/cli/main.ts", root))],
  outfile,
  bundle: true,
  platform: "node",
  format: "cjs",
  target: "node20",
  minify: process.env.KUBEPOSE_MINIFY !== "0",
  sourcemap: "linked",
  sourcesContent: false,
  charset: "ascii",
  logLevel: "warning",
  define: { KUBEPOSE_VERSION: JSON.stringify(version) },
  plugins: [lazyCommander, lazyModules, zodAsCommonJs],
});

// bin/kubepose reads the bundle as latin1, which is right only for ASCII. esbuild escapes every string
// and template, but leaves regular expression literals as written (/µs|μs/): a \uXXXX escape means the
// same code unit there (and in an identifier), so every code unit above 0x7F is escaped.
const code = readFileSync(outfile, "utf8");
const ascii = code.replace(/[^\0-\x7F]/g, (unit) => `\\u${unit.charCodeAt(0).toString(16).padStart(4, "0")}`);
if (ascii !== code) writeFileSync(outfile, ascii);

// Run the real CLI once through the loader with KUBEPOSE_WRITE_CODE_CACHE set: it saves the code V8
// compiled on the way. A cache made by another Node version is rejected at start-up and ignored.
const warmUp = spawnSync(process.execPath, [fileURLToPath(new URL("bin/kubepose", root)), "convert", "--no-comments"], {
  cwd: fileURLToPath(new URL("examples/voting-app/", root)),
  env: { PATH: process.env.PATH ?? "", KUBEPOSE_WRITE_CODE_CACHE: "1" },
  stdio: ["ignore", "ignore", "pipe"],
  encoding: "utf8",
});
if (warmUp.status !== 0) throw new Error(`warming the code cache failed (${warmUp.status}):\n${warmUp.stderr}`);
