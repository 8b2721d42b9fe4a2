import { describe, expect, it } from "vitest";
import { substitute } from "../../src/load/interpolate.js";
import { load } from "../../src/load/index.js";
import { memoryContext } from "../helpers/memory-context.js";

/** The cases of the Compose Specification's interpolation chapter, rewritten as our own. */
const env: Record<string, string> = { FOO: "foo", EMPTY: "" };
const lookup = (name: string) => env[name];

describe("interpolation as 12-interpolation.md describes it", () => {
  it.each([
    ["${VARIABLE:-${FOO}}", "foo"],
    ["${VARIABLE:-${FOO:-default}}", "foo"],
    ["${VARIABLE:-${NOPE:-default}}", "default"],
    ["${EMPTY-default}", ""],
    ["${EMPTY:-default}", "default"],
    ["$$VAR_NOT_INTERPOLATED_BY_COMPOSE", "$VAR_NOT_INTERPOLATED_BY_COMPOSE"],
    ["$FOO-$FOO", "foo-foo"],
    ["${FOO:+set}${EMPTY+also}", "setalso"],
  ])("%s → %j", (template, expected) => {
    expect(substitute(template, lookup)).toEqual({ ok: true, value: expected });
  });

  it("${VARIABLE?$FOO} fails with the expanded message", () => {
    expect(substitute("${VARIABLE?$FOO}", lookup)).toEqual({ ok: false, error: { kind: "required", variable: "VARIABLE", message: "foo" } });
  });

  it("interpolates values, not keys; a labels list item is a value", () => {
    const text = ["services:", "  foo:", "    image: x", "    labels:", "      $FOO: BAR", "    environment:", "      - $FOO=BAR"].join("\n");
    const result = load({ files: [] }, memoryContext({ "compose.yaml": text }, env));
    const service = (result.value?.document.services as Record<string, Record<string, unknown>>).foo;
    expect(service?.labels).toEqual({ $FOO: "BAR" });
    expect(service?.environment).toEqual(["foo=BAR"]);
  });

  it("interpolates each file before the merge, with the same variables", () => {
    const files = { "compose.yaml": "services:\n  web:\n    image: 'app:${TAG}'", "compose.override.yaml": "services:\n  web:\n    ports: ['${PORT:-8080}:80']", ".env": "TAG=1.2" };
    const result = load({ files: [] }, memoryContext(files));
    expect(result.value?.document.services).toEqual({ web: { image: "app:1.2", ports: ["8080:80"] } });
  });

  it("precedence for interpolation: shell > --env-file > .env", () => {
    const files = { "compose.yaml": "name: ${A}-${B}-${C}", ".env": "A=dotenv\nB=dotenv\nC=dotenv", "x.env": "A=flag\nB=flag" };
    expect(load({ files: [] }, memoryContext(files, { A: "shell" })).value?.projectName).toBe("shell-dotenv-dotenv");
    expect(load({ files: [], envFiles: ["x.env"] }, memoryContext(files, { A: "shell" })).value?.projectName).toBe("shell-flag-");
  });
});
