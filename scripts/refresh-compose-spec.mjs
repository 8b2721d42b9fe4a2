#!/usr/bin/env node
// Replaces the vendored Compose schema (spec/compose-spec.json) with a newer copy and records where it
// came from in spec/README.md. Reads a compose-go checkout (its schema/compose-spec.json, commit and
// date from git) or a schema file given with --commit and --date. Fetches nothing.
// Usage: node scripts/refresh-compose-spec.mjs PATH [--commit SHA --date YYYY-MM-DD]
import { execFileSync } from "node:child_process";
import { readFileSync, statSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const [source, ...rest] = process.argv.slice(2);
const flag = (name) => {
  const index = rest.indexOf(name);
  return index === -1 ? undefined : rest[index + 1];
};
const fail = (message) => {
  console.error(`refresh-compose-spec: ${message}`);
  process.exit(1);
};
if (!source) fail("usage: node scripts/refresh-compose-spec.mjs PATH [--commit SHA --date YYYY-MM-DD]");

let file = source;
let commit = flag("--commit");
let date = flag("--date");
if (statSync(source).isDirectory()) {
  file = join(source, "schema", "compose-spec.json");
  const git = (...args) => execFileSync("git", ["-C", source, ...args], { encoding: "utf8" }).trim();
  commit ??= git("rev-parse", "--short", "HEAD");
  date ??= git("log", "-1", "--format=%cs");
}
if (!commit || !date) fail("a schema file needs --commit and --date (where it came from)");

const text = readFileSync(file, "utf8");
const schema = JSON.parse(text);
if (!schema?.$defs?.service?.properties) fail(`${file} does not look like the Compose schema (no $defs.service)`);
writeFileSync(join(root, "spec", "compose-spec.json"), text);

const readmePath = join(root, "spec", "README.md");
const readme = readFileSync(readmePath, "utf8").replace(/^- commit: .*$/m, `- commit: ${commit} (${date})`);
writeFileSync(readmePath, readme);
console.log(`spec/compose-spec.json ← ${file} (commit ${commit}, ${date}); run npm test`);
