// Regenerates the committed output of examples/ and tests/fixtures/ (kubernetes.yaml, warnings.txt),
// and the compare view's golden text under tests/views/golden/.
// `--check` writes nothing and exits 1 when a committed file drifted.
// What the outputs should be is decided by the same test helpers the drift tests use
// (tests/helpers/golden.ts, golden-views.ts), bundled here by esbuild: they are not part of the CLI.
import { mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { dirname, join, relative } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { build } from "esbuild";

const repository = join(dirname(fileURLToPath(import.meta.url)), "..");
// Inside node_modules, so the bundle's package imports (yaml, zod…) resolve; never shipped.
const helpers = join(repository, "node_modules", ".cache", "kubepose", "golden-helpers.mjs");
await build({
  stdin: {
    contents: 'export * from "./tests/helpers/golden.ts";\nexport * from "./tests/helpers/golden-views.ts";\n',
    resolveDir: repository,
    loader: "ts",
  },
  outfile: helpers,
  bundle: true,
  packages: "external",
  platform: "node",
  format: "esm",
  target: "node20",
  logLevel: "warning",
});
const { expectedOutputs, goldenTrees, expectedCompareOutputs } = await import(pathToFileURL(helpers).href);
const check = process.argv.includes("--check");
let drifted = 0;
// Each tree's committed output, then the compare view's golden text (tests/views/golden/).
const outputSets = [...goldenTrees(repository).map((tree) => expectedOutputs(tree)), expectedCompareOutputs(repository)];
for (const outputs of outputSets) {
  for (const [path, content] of outputs) {
    if (readOrUndefined(path) === content) continue;
    drifted += 1;
    if (check) console.error(`drifted: ${relative(repository, path)}`);
    else if (content === undefined) rmSync(path, { force: true });
    else {
      mkdirSync(dirname(path), { recursive: true });
      writeFileSync(path, content);
    }
  }
}
if (check && drifted > 0) process.exit(1);
console.log(check ? "golden outputs are up to date" : `golden outputs regenerated (${drifted} file(s) changed)`);

function readOrUndefined(path) {
  try {
    return readFileSync(path, "utf8");
  } catch {
    return undefined;
  }
}
