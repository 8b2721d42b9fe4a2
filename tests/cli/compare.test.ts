import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { kubepose, project } from "./run.js";

const WEB = `services:
  web:
    image: nginx:1.27
    ports:
      - "8080:80"
`;

describe("kubepose compare", () => {
  it("prints each service beside its objects at the forced width, without colour when piped", () => {
    const run = kubepose(["compare", "--width", "60"], project({ "compose.yaml": WEB }));
    expect(run.status).toBe(0);
    const lines = run.stdout.trimEnd().split("\n");
    expect(lines[0]).toBe("services.web (compose.yaml:2-5)");
    expect(lines.every((line) => [...line].length <= 60)).toBe(true);
    expect(run.stdout).not.toContain("\x1b[");
    // The service line names the objects made from it; the ports key sits level with the first object and
    // field it produced, its item beside the container port; the Service's port follows in the same group.
    expect(lines.find((line) => line.includes("web:"))).toMatch(/^2 {4}web: +◀ → Deployment web,/);
    expect(lines.find((line) => line.includes("ports:"))).toMatch(/◀ Deployment web · …/);
    expect(lines.find((line) => line.includes('"8080:80"'))).toMatch(/│ - containerPort: 80$/);
    expect(lines.some((line) => /│ Service web · spec\.ports\[0\]$/.test(line))).toBe(true);
    expect(run.stdout).toContain("↳ Published ports become a Service.");
  });

  it("takes its width from $COLUMNS when stdout is not a terminal", () => {
    const run = kubepose(["compare"], project({ "compose.yaml": WEB }), { COLUMNS: "72" });
    expect(run.status).toBe(0);
    expect(run.stdout.split("\n")[1]).toBe("─".repeat(72));
  });

  it.each([
    [["--width", "120"], 120],
    [[], 100],
  ])("fits %j in %i columns", (args, width) => {
    const run = kubepose(["compare", ...args], project({ "compose.yaml": WEB }));
    const longest = Math.max(...run.stdout.split("\n").map((line) => [...line].length));
    expect(longest).toBeLessThanOrEqual(width);
    expect(longest).toBeGreaterThan(width - 30);
  });

  it.each([["10"], ["wide"]])("rejects --width %s as a usage error", (width) => {
    const run = kubepose(["compare", "--width", width], project({ "compose.yaml": WEB }));
    expect(run.status).toBe(2);
  });

  it("writes one self-contained HTML page with --html -o", () => {
    const directory = project({ "compose.yaml": WEB });
    const run = kubepose(["compare", "--html", "-o", "report.html"], directory);
    expect(run.status).toBe(0);
    expect(run.stdout).toBe("");
    const html = readFileSync(join(directory, "report.html"), "utf8");
    expect(html.startsWith("<!doctype html>")).toBe(true);
    expect(html).toContain('<script type="application/json" id="report-data">');
    expect(html).not.toMatch(/<(link|img)\b|\bsrc=/);
  });

  it("writes nothing and exits 1 on invalid input", () => {
    const directory = project({ "compose.yaml": "services:\n  web:\n    ports: [\"80:x\"]\n    image: nginx\n" });
    const run = kubepose(["compare", "--html", "-o", "report.html"], directory);
    expect(run.status).toBe(1);
    expect(run.stderr).toContain("error[");
    expect(existsSync(join(directory, "report.html"))).toBe(false);
  });
});
