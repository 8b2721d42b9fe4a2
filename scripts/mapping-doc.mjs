// Writes docs/mapping.md from the fate tables (src/convert/fates.ts) and the Kompose label table.
// Run after `npm run build` (npm run docs; npm run examples runs it too). `--check` writes nothing and
// exits 1 when the committed page drifted.
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { renderMappingDoc } from "../dist/src/convert/mapping-doc.js";

const target = join(dirname(fileURLToPath(import.meta.url)), "..", "docs", "mapping.md");
const content = renderMappingDoc();
let current;
try {
  current = readFileSync(target, "utf8");
} catch {
  current = undefined;
}
if (process.argv.includes("--check")) {
  if (current !== content) {
    console.error("drifted: docs/mapping.md (run npm run docs)");
    process.exit(1);
  }
} else if (current !== content) {
  mkdirSync(dirname(target), { recursive: true });
  writeFileSync(target, content);
  console.log("wrote docs/mapping.md");
}
