import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { explainCommand } from "../../src/cli/explain.js";
import { renderDetail } from "../../src/explain/detail.js";

const golden = join(dirname(fileURLToPath(import.meta.url)), "golden");
// UPDATE_GOLDEN=1 npx vitest run tests/explain/golden.test.ts rewrites the files; review the diff.
const update = process.env.UPDATE_GOLDEN === "1";

function explain(topic: string, width: number, color = false): string {
  let output = "";
  explainCommand(topic, { write: (text) => (output += text), writeError: () => undefined, color, width });
  return output;
}

// Topics chosen for their shapes: a code block right after prose, a list with hanging lines,
// a table kept verbatim, links; each printed as a terminal of 80 columns without colour shows it.
describe("kubepose explain, golden text at 80 columns", () => {
  it.each(["secrets-to-secret", "healthcheck-to-probes", "command-and-entrypoint"])("%s", (topic) => {
    const path = join(golden, `${topic}.80.txt`);
    const text = explain(topic, 80);
    if (update) writeFileSync(path, text);
    expect(existsSync(path), `${path} is missing; run with UPDATE_GOLDEN=1`).toBe(true);
    expect(text).toBe(readFileSync(path, "utf8"));
  });
});

describe("inline code on a terminal", () => {
  const paint = { code: (text: string) => text, inline: (text: string) => `[${text}]` };
  it.each([
    ["a span in one line", "Run `kubectl apply` now.", 80, ["Run [kubectl apply] now."]],
    ["a long span cut by the wrap", "Run `kubectl rollout restart` now.", 16, ["Run [kubectl]", "[rollout restart]", "now."]],
    ["a short span kept whole", "Decode it with `base64 -d` now.", 20, ["Decode it with", "[base64 -d] now."]],
    ["two spans on a line", "`a` and `b`", 80, ["[a] and [b]"]],
    ["code blocks untouched", "Example:\n\n  x: `y`", 80, ["Example:", "", "    x: `y`"]],
  ])("paints %s", (_case, detail, width, lines) => {
    expect(renderDetail(detail, width, paint)).toEqual(lines);
  });

  it("keeps backticks without colour and drops them with it", () => {
    expect(explain("environment-to-configmap", 80)).toContain("`envFrom`");
    const coloured = explain("environment-to-configmap", 80, true);
    expect(coloured).toContain("\x1b[36menvFrom\x1b[0m");
    expect(coloured).not.toContain("`envFrom`");
  });

  it.each([60, 80, 100])("never lets colour run past a line at width %i", (width) => {
    for (const line of explain("environment-to-configmap", width, true).split("\n")) {
      expect(line.match(/\x1b\[(1|2|33|36)m/g)?.length ?? 0).toBe(line.match(/\x1b\[0m/g)?.length ?? 0);
    }
  });
});
