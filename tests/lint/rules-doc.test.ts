import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { renderLintRulesDoc } from "../../src/lint/rules-doc.js";
import { LINT_RULES } from "../../src/lint/rules.js";
import { explanationIds } from "../../src/model/explanation-ids.generated.js";

const committed = readFileSync(new URL("../../docs/lint-rules.md", import.meta.url), "utf8");

describe("docs/lint-rules.md", () => {
  it("is the page the rule table generates (run npm run docs after changing a rule)", () => {
    expect(committed).toBe(renderLintRulesDoc());
  });

  it.each(LINT_RULES.map((rule) => rule.id))("lists %s, and its topic has a template", (id) => {
    expect(committed).toContain(`| \`${id}\` |`);
    expect(explanationIds).toContain(`lint-${id}`);
  });
});
