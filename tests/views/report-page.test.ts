import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { renderReportPageModule, reportPageTarget } from "../../scripts/report-page.mjs";

// The compare report's script is TypeScript in src/views/report-page/, bundled into a committed module
// by `npm run build`; the browser tests (tests/browser/report.test.ts) run it.
describe("the report page script", () => {
  it("is bundled from the current sources (run npm run build)", async () => {
    expect(readFileSync(reportPageTarget, "utf8")).toBe(await renderReportPageModule());
  });

  it("cannot end its script element early", async () => {
    const { reportScript } = await import("../../src/views/report-page/script.generated.js");
    expect(reportScript).not.toMatch(/<\/script/i);
    expect(reportScript).not.toMatch(/innerHTML/);
  });
});
