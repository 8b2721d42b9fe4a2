import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { komposeLabels } from "../../src/convert/kompose-labels.js";
import { codes, find, get, project, run, service } from "./builder.js";

const testsRoot = new URL("..", import.meta.url).pathname;
const THIS_FILE = "convert/kompose-labels.test.ts";

/** Every test source and fixture Compose file, except this file (which lists the labels to check them). */
function testTexts(directory: string, relative = ""): string[] {
  const texts: string[] = [];
  for (const entry of readdirSync(directory, { withFileTypes: true })) {
    const path = join(directory, entry.name);
    const shown = relative === "" ? entry.name : `${relative}/${entry.name}`;
    if (entry.isDirectory()) {
      if (entry.name !== "expected") texts.push(...testTexts(path, shown));
    } else if (shown !== THIS_FILE && /(\.test\.ts|compose[^/]*\.ya?ml)$/.test(entry.name)) texts.push(readFileSync(path, "utf8"));
  }
  return texts;
}

describe("the Kompose label table", () => {
  const texts = testTexts(testsRoot);
  it.each(Object.keys(komposeLabels))("%s has a test of its behaviour (a unit test or a fixture names it)", (label) => {
    expect(texts.some((text) => text.includes(`"${label}"`) || text.includes(`${label}:`) || text.includes(`${label}=`))).toBe(true);
  });

  it("documents every row with an expectation", () => {
    for (const [key, row] of Object.entries(komposeLabels)) expect(row.expected.length, key).toBeGreaterThan(0);
  });
});

describe("kompose labels in general", () => {
  it("warns about an unknown kompose label with the nearest known one", () => {
    const { diagnostics } = run(project([service("web", { labels: { "kompose.service.typ": "nodeport" } })]));
    expect(diagnostics).toMatchObject([{ code: "kompose-label-unknown", path: ["services", "web", "labels", "kompose.service.typ"] }]);
    expect(diagnostics[0]?.message).toContain("kompose.service.type");
  });

  it("warns about a value it cannot read, at the label's path", () => {
    const { diagnostics } = run(project([service("web", { labels: { "kompose.cronjob.concurrency_policy": "sometimes" } })]));
    expect(diagnostics).toMatchObject([{ code: "kompose-label-value", path: ["services", "web", "labels", "kompose.cronjob.concurrency_policy"] }]);
  });

  it("does not copy kompose labels as annotations, but keeps the others", () => {
    const { manifests } = run(project([service("web", { labels: { "kompose.service.group": "g", "com.example.team": "web" } })]));
    expect(get(find(manifests, "Deployment", "web").object, "metadata", "annotations")).toEqual({ "com.example.team": "web" });
  });
});
