#!/usr/bin/env node
// Compiles templates/explanations/*.yaml into src/model/explanation-ids.generated.ts (the ids) and
// src/explain/catalogue.generated.ts (the explanations and topic groups).
// The core must not read the disk at run time (it also runs in a browser), so the catalogue is code.
// Usage: node scripts/build-catalogue.mjs   (run by `npm run build`)
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { renderGenerated } from "./catalogue.mjs";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const sourceDir = join(root, "templates", "explanations");

const files = readdirSync(sourceDir)
  .filter((name) => /\.ya?ml$/.test(name))
  .sort()
  .map((name) => ({ name, text: readFileSync(join(sourceDir, name), "utf8") }));

let generated;
try {
  generated = renderGenerated(files);
} catch (error) {
  console.error(error instanceof Error ? error.message : String(error));
  process.exit(1);
}

for (const { path, source } of generated) {
  const target = join(root, path);
  let current;
  try {
    current = readFileSync(target, "utf8");
  } catch {
    current = undefined;
  }
  // Leave an up-to-date file untouched, so watchers and make-like tools see no change.
  if (current !== source) {
    mkdirSync(dirname(target), { recursive: true });
    writeFileSync(target, source);
    console.log(`wrote ${files.length} explanations to ${path}`);
  }
}
