import { describe, expect, it } from "vitest";
import { SHOWN_PER_CODE, abridge } from "../../src/diagnostics/abridge.js";
import type { Diagnostic, Severity } from "../../src/diagnostics/types.js";

const make = (code: string, severity: Severity, index: number): Diagnostic => ({ code, severity, path: ["services", `s${index}`], message: `${code} ${index}` });

describe("abridge", () => {
  it("keeps the first of each code, counts the rest per code, and never hides an error", () => {
    const diagnostics = [
      ...Array.from({ length: 6 }, (_, i) => make("unsupported-key", "warning", i)),
      ...Array.from({ length: 5 }, (_, i) => make("port-syntax", "error", i)),
      make("host-ip", "note", 0),
    ];
    const { shown, hidden } = abridge(diagnostics);
    expect(shown.filter((d) => d.code === "unsupported-key")).toHaveLength(SHOWN_PER_CODE);
    expect(shown.filter((d) => d.severity === "error")).toHaveLength(5);
    expect(shown.map((d) => d.message)).toContain("host-ip 0");
    expect(hidden).toEqual([{ code: "unsupported-key", severity: "warning", count: 6 - SHOWN_PER_CODE }]);
  });
});
