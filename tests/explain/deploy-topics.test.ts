import { describe, expect, it } from "vitest";
import { explainCommand } from "../../src/cli/explain.js";

function explain(topic: string): { code: number; out: string } {
  let out = "";
  const code = explainCommand(topic, { write: (text) => (out += text), writeError: (text) => (out += text), color: false, width: 100 });
  return { code, out };
}

describe("kubepose explain for charts and overlays", () => {
  it.each([
    ["helm", "A Helm chart packages the objects"],
    ["chart", "A Helm chart packages the objects"],
    ["values", "existingSecret"],
    ["kustomize", "A Kustomize base and one overlay per environment"],
    ["overlays", "kubectl apply -k deploy/overlays/prod"],
    ["environments", "at least two pods where a second pod is safe"],
  ])("%s", (topic, text) => {
    const { code, out } = explain(topic);
    expect(code).toBe(0);
    expect(out).toContain(text);
  });

  it("lists them under their own group", () => {
    expect(explain("").out).toMatch(/Deploying to environments\n {2}helm-chart .*\n {2}kustomize-overlays /);
  });
});
