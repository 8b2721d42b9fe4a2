// The harness itself: errors on a page must reach the test, or every browser test could pass while broken.
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { describe, expect, it } from "vitest";
import { browserAvailable, useBrowser } from "./browser.js";

const pages = {
  quiet: { html: "<h1>quiet</h1>", errors: [] },
  "console error": { html: "<script>console.error('boom')</script>", errors: ["console.error: boom"] },
  "uncaught exception": { html: "<script>throw new Error('bang')</script>", errors: ["page error: bang"] },
  "network request": { html: "<img src='http://example.invalid/x.png'>", errors: ["network request: http://example.invalid/x.png"] },
} satisfies Record<string, { html: string; errors: string[] }>;

describe.skipIf(!browserAvailable())("browser harness", () => {
  const browser = useBrowser();
  const dir = mkdtempSync(join(tmpdir(), "kubepose-harness-"));

  it.each(Object.entries(pages))("%s", async (name, { html, errors }) => {
    const file = join(dir, `${name.replace(/ /g, "-")}.html`);
    writeFileSync(file, `<!doctype html><html><body>${html}</body></html>`);
    const page = await browser.open(pathToFileURL(file).href);
    // The image request may still be in flight after "load" was reported for a failed load; wait for it to settle.
    await page.waitForLoadState("networkidle");
    expect(browser.errors(page).filter((e) => !e.startsWith("console.error: Failed to load resource"))).toEqual(errors);
  });
});
