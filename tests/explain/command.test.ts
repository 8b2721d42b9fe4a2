import { topicName } from "../../src/explain/topics.js";
import { describe, expect, it } from "vitest";
import { explainCommand } from "../../src/cli/explain.js";
import { catalogue } from "../../src/explain/catalogue.generated.js";

function run(topic: string | undefined, options: { color?: boolean; width?: number } = {}) {
  let output = "";
  let errors = "";
  const io = { write: (text: string) => (output += text), writeError: (text: string) => (errors += text) };
  const code = explainCommand(topic, { ...io, color: options.color ?? false, width: options.width ?? 80 });
  return { code, output, errors };
}

describe("kubepose explain", () => {
  it("lists every topic with its title", () => {
    const { code, output } = run(undefined);
    expect(code).toBe(0);
    // Lint rules are listed by the name people type: lint/image-latest for lint-image-latest.
    for (const entry of Object.values(catalogue)) expect(output).toContain(`${topicName(entry.id)} `);
    expect(output).toContain("lint/image-latest ");
    for (const entry of Object.values(catalogue)) expect(output).toContain(entry.title);
    expect(output).toContain("Storage");
  });

  it.each([
    ["ports-to-service", "ports-to-service"],
    ["ports", "ports-to-service"],
    ["volumes", "named-volume-to-pvc"],
    ["services.*.healthcheck", "healthcheck-to-probes"],
    ["depends_on", "depends-on"],
  ] as const)("explains %s with the title, summary start and links of %s", (topic, id) => {
    const { code, output } = run(topic);
    const entry = catalogue[id];
    expect(code).toBe(0);
    expect(output.split("\n\n")[0]?.replace(/\n/g, " ")).toBe(entry.title);
    expect(output).toContain(entry.summary.split(" ").slice(0, 4).join(" "));
    for (const url of entry.docs) expect(output).toContain(url);
  });

  // Code (indented four spaces) and links are never cut; 100 columns is the cap for prose.
  it.each([
    [60, 60],
    [100, 100],
    [500, 100],
  ])("wraps prose for a width of %i to %i columns", (width, limit) => {
    const { output } = run("resources", { width });
    const prose = output.split("\n").filter((line) => !line.startsWith("    ") && !line.startsWith("  https://"));
    for (const line of prose) expect(line.length).toBeLessThanOrEqual(limit);
    expect(Math.max(...prose.map((line) => line.length))).toBeGreaterThan(limit - 15);
  });

  it("colours only when asked", () => {
    expect(run("ports").output).not.toContain("\x1b[");
    expect(run("ports", { color: true }).output).toContain("\x1b[");
    expect(run(undefined).output).not.toContain("\x1b[");
  });

  it.each([
    ["healthchek", 'unknown topic "healthchek"; did you mean healthcheck?'],
    ["qqqqqqqq", 'unknown topic "qqqqqqqq"'],
    ["services.*.volumes", 'topic "services.*.volumes" is ambiguous'],
  ])("fails on %s", (topic, message) => {
    const { code, output, errors } = run(topic);
    expect(code).toBe(2);
    expect(output).toBe("");
    expect(errors).toContain(message);
    expect(errors).toContain('Run "kubepose explain" to list all topics.');
  });
});
