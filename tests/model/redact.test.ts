import { describe, expect, it } from "vitest";
import { MASK, Redactor, redactLine, redactText, redactedSourceMap, withMaskedSecret } from "../../src/model/redact.js";

describe("redactLine: a source line as views and error excerpts show it", () => {
  it.each([
    ["      DB_PASSWORD: hunter2", `      DB_PASSWORD: ${MASK}`],
    ["      - MYSQL_ROOT_PASSWORD=hunter2", `      - MYSQL_ROOT_PASSWORD=${MASK}`],
    ["export API_TOKEN=abc.def", `export API_TOKEN=${MASK}`],
    ['  "githubToken": "ghp_x"', `  "githubToken": ${MASK}`],
    ["      com.example.api-key: k-123", `      com.example.api-key: ${MASK}`],
    ["      DATABASE_URL: postgres://app:s3cret@db/app", `      DATABASE_URL: postgres://app:${MASK}@db/app`],
    ["      DB_PASSWORD: [a, b]", `      DB_PASSWORD: [${MASK}]`],
    ["      API_TOKEN: { v: x }", `      API_TOKEN: {${MASK}}`],
  ])("masks %j", (line, expected) => {
    expect(redactLine(line, [])).toBe(expected);
  });

  it("leaves a masked Compose file the same YAML: same keys, same lines", async () => {
    const { composeOutline } = await import("../../src/views/compose-outline.js");
    const text = "services:\n  db:\n    environment:\n      DB_PASSWORD: hunter2\n    command: [\"-phunter2\"]\n    labels: [hunter2]\n";
    const masked = text.split("\n").map((line) => redactLine(line, ["hunter2"])).join("\n");
    expect(masked).not.toContain("hunter2");
    expect(composeOutline(masked)).toEqual(composeOutline(text));
  });

  it.each([
    "      DB_PASSWORD: ${DB_PASSWORD}",
    "      - API_TOKEN=${API_TOKEN:-}",
    "    secrets:",
    "      DB_PASSWORD: |",
    "      DB_PASSWORD: *password",
    "      DB_HOST: db",
    "      - db_password",
  ])("leaves %j alone (no value of its own, or no credential)", (line) => {
    expect(redactLine(line, [])).toBe(line);
  });

  it("masks every known secret value wherever it stands, the longer first, but not values too short to mean anything", () => {
    expect(redactLine('      test: ["CMD", "ping", "-pr00t-pw-long"]', ["r00t-pw", "r00t-pw-long", "on"])).toBe(`      test: ["CMD", "ping", "-p${MASK}"]`);
    expect(redactText("port is on", ["on"])).toBe("port is on");
  });
});

describe("the views' Secret", () => {
  it("keeps every key and masks every value, of data and stringData; other kinds pass unchanged", () => {
    const secret = { apiVersion: "v1", kind: "Secret", metadata: { name: "s" }, stringData: { A: "x" }, data: { B: "eA==" } };
    expect(withMaskedSecret(secret)).toEqual({ ...secret, stringData: { A: MASK }, data: { B: MASK } });
    expect(secret.stringData.A).toBe("x");
    const map = { apiVersion: "v1", kind: "ConfigMap", metadata: { name: "c" }, data: { A: "x" } };
    expect(withMaskedSecret(map)).toBe(map);
  });

  it("a redacted source map places paths as before and masks only the text", () => {
    const sources = { locate: () => ({ file: "f", line: 2, column: 3 }), lineText: () => "  TOKEN: abc" };
    const redacted = redactedSourceMap(sources, new Redactor([]));
    expect(redacted.locate(["x"])).toEqual({ file: "f", line: 2, column: 3 });
    expect(redacted.lineText("f", 2)).toBe(`  TOKEN: ${MASK}`);
  });
});
