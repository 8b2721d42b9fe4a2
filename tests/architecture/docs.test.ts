import { existsSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";

const root = new URL("../../", import.meta.url);
const page = readFileSync(new URL("docs/architecture.md", root), "utf8");

/** Every `src/…`, `tests/…`, `templates/…`, `scripts/…`, `spec/…` or `docs/…` path the page names in backticks. */
const named = [...page.matchAll(/`((?:src|tests|templates|scripts|spec|docs)\/[^`\s]*)`/g)].map((match) => match[1]!);

describe("docs/architecture.md", () => {
  it("names real paths (so a move cannot leave it behind)", () => {
    expect(named.length).toBeGreaterThan(30);
    expect(named.filter((path) => !path.includes("<") && !path.includes("*") && !path.includes("…") && !existsSync(new URL(path, root)))).toEqual([]);
  });

  it("lists every folder of src/", async () => {
    const { readdirSync } = await import("node:fs");
    const folders = readdirSync(new URL("src/", root), { withFileTypes: true }).filter((entry) => entry.isDirectory()).map((entry) => `src/${entry.name}/`);
    expect(folders.filter((folder) => !page.includes(`\`${folder}\``))).toEqual([]);
  });
});
