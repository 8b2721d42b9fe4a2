import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { deployKeyFates, serviceKeyFates } from "../../src/convert/fates.js";
import { komposeLabels } from "../../src/convert/kompose-labels.js";
import { renderMappingDoc } from "../../src/convert/mapping-doc.js";

const committed = readFileSync(new URL("../../docs/mapping.md", import.meta.url), "utf8");

describe("docs/mapping.md", () => {
  it("is the page the tables generate (run npm run docs after changing a fate or a label)", () => {
    expect(committed).toBe(renderMappingDoc());
  });

  it.each([...Object.keys(serviceKeyFates), ...Object.keys(deployKeyFates).map((key) => `deploy.${key}`), ...Object.keys(komposeLabels)])("has a row for %s", (key) => {
    expect(committed).toContain(`| \`${key}\` |`);
  });
});
