// Writes docs/mapping.md from the fate tables (src/convert/fates.ts) and the Kompose label table, and
// docs/lint-rules.md from the lint rule table (src/lint/rules.ts).
// Run after `npm run build` (npm run docs; npm run examples runs it too). `--check` writes nothing and
// exits 1 when the committed page drifted.
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { renderMappingDoc } from "../dist/src/convert/mapping-doc.js";
import { renderLintRulesDoc } from "../dist/src/lint/rules-doc.js";

const docs = join(dirname(fileURLToPath(import.meta.url)), "..", "docs");
let drifted = false;
for (const [name, content] of [["mapping.md", renderMappingDoc()], ["lint-rules.md", renderLintRulesDoc()]]) writeDoc(join(docs, name), name, content);
if (drifted) process.exit(1);

function writeDoc(target, name, content) {
  let current;
  try {
    current = readFileSync(target, "utf8");
  } catch {
    current = undefined;
  }
  if (process.argv.includes("--check")) {
    if (current !== content) {
      console.error(`drifted: docs/${name} (run npm run docs)`);
      drifted = true;
    }
  } else if (current !== content) {
    mkdirSync(dirname(target), { recursive: true });
    writeFileSync(target, content);
    console.log(`wrote docs/${name}`);
  }
}
