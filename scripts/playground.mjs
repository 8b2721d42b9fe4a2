// Builds the playground: dist/playground/index.html, one self-contained page (script and styles inline,
// every project of examples/ embedded) that runs the kubepose core in the browser, from a file:// URL.
import { mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { dirname, join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import { build } from "esbuild";
import { inlineScript } from "./inline-script.mjs";

const repository = join(dirname(fileURLToPath(import.meta.url)), "..");
const source = join(repository, "src/views/playground");
const output = join(repository, "dist/playground/index.html");

// Generated beside each example by `npm run examples`: outputs, not inputs of the project.
const GENERATED = new Set(["kubernetes.yaml", "warnings.txt"]);
// Compose files and what they reference are small; anything bigger is data the page does not need.
const MAX_FILE_BYTES = 256 * 1024;
const utf8 = new TextDecoder("utf-8", { fatal: true });

/** Every text file of one example, by path relative to the example ("secrets/db_password.txt"). */
function exampleFiles(root) {
  const files = {};
  const walk = (directory) => {
    for (const name of readdirSync(directory).sort()) {
      const path = join(directory, name);
      const stats = statSync(path);
      if (stats.isDirectory()) walk(path);
      else if (stats.isFile() && !(directory === root && GENERATED.has(name)) && stats.size <= MAX_FILE_BYTES) {
        const bytes = readFileSync(path);
        if (bytes.includes(0)) continue;
        try {
          files[relative(root, path).split("\\").join("/")] = utf8.decode(bytes);
        } catch {
          // Not UTF-8: binary, skipped.
        }
      }
    }
  };
  walk(root);
  return files;
}

const examplesDir = join(repository, "examples");
const examples = readdirSync(examplesDir)
  .sort()
  .filter((name) => statSync(join(examplesDir, name)).isDirectory())
  .map((name) => ({ name, files: exampleFiles(join(examplesDir, name)) }));

const bundle = await build({
  entryPoints: [join(source, "main.ts")],
  bundle: true,
  write: false,
  platform: "browser",
  format: "iife",
  target: "es2022",
  minify: true,
  legalComments: "none",
  logLevel: "warning",
  define: { KUBEPOSE_PLAYGROUND_EXAMPLES: JSON.stringify(examples) },
});
const script = bundle.outputFiles[0].text;

const styles = readFileSync(join(source, "styles.css"), "utf8");
const template = readFileSync(join(source, "index.html"), "utf8");
// Functions as replacements, so "$&" and friends in the bundle are not treated as patterns.
const page = template.replace("/*STYLE*/", () => styles).replace("/*SCRIPT*/", () => inlineScript(script));

mkdirSync(dirname(output), { recursive: true });
writeFileSync(output, page);
console.log(`playground: ${relative(repository, output)} (${Math.round(page.length / 1024)} KiB, ${examples.length} examples)`);
