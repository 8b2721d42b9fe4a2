import { describe, expect, it } from "vitest";
import { formatPath } from "../../src/diagnostics/types.js";

describe("formatPath", () => {
  it.each([
    [[], ""],
    [["services"], "services"],
    [["services", "web", "ports", 0, "target"], "services.web.ports[0].target"],
    [["services", "svc-0001", "environment", "A_LONG_VARIABLE_NAME"], "services.svc-0001.environment.A_LONG_VARIABLE_NAME"],
    [[0, "a"], "[0].a"],
    [["", "a"], "a"],
    [["", 0, "b"], "[0].b"],
    [["a", ""], "a."],
    [["x.y", 2, 3], "x.y[2][3]"],
  ] as const)("%j reads %j", (path, text) => {
    expect(formatPath(path as unknown as (string | number)[])).toBe(text);
  });
});
