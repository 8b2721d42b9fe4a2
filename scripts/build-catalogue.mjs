#!/usr/bin/env node
// Compiles templates/explanations/*.yaml into src/explain/catalogue.generated.ts.
// The core must not read the disk at run time (it also runs in a browser), so the catalogue is code.
// Usage: node scripts/build-catalogue.mjs   (run by `npm run build`)
import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { renderCatalogue } from "./catalogue.mjs";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const sourceDir = join(root, "templates", "explanations");
const target = join(root, "src", "explain", "catalogue.generated.ts");

const files = readdirSync(sourceDir)
  .filter((name) => /\.ya?ml$/.test(name))
  .sort()
  .map((name) => ({ name, text: readFileSync(join(sourceDir, name), "utf8") }));

let source;
try {
  source = renderCatalogue(files);
} catch (error) {
  console.error(error instanceof Error ? error.message : String(error));
  process.exit(1);
}

let current;
try {
  current = readFileSync(target, "utf8");
} catch {
  current = undefined;
}
// Leave an up-to-date file untouched, so watchers and make-like tools see no change.
if (current !== source) {
  writeFileSync(target, source);
  console.log(`wrote ${files.length} explanations to src/explain/catalogue.generated.ts`);
}
