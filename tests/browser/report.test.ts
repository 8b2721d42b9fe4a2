// The HTML report of `kubepose compare --html`, opened from a file:// URL in headless Chromium: selecting a
// Compose line highlights the Kubernetes fields it produced and explains them, and the reverse.
import { readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { describe, expect, it } from "vitest";
import type { Page } from "playwright-core";
import { findExplanation } from "../../src/explain/catalogue.js";
import { browserAvailable, useBrowser } from "./browser.js";
import { writeReport } from "./report-file.js";

const example = resolve("examples", "voting-app");

/** Writes the report for the example to a temporary file and returns its file:// URL. */
const reportUrl = (): string => writeReport(example).url;

/** 1-based line of `key:` inside the block of service `service` in the example's compose.yaml. */
function composeLine(service: string, key: string): number {
  const lines = readFileSync(join(example, "compose.yaml"), "utf8").split("\n");
  const start = lines.indexOf(`  ${service}:`);
  const offset = lines.slice(start).findIndex((line) => line.startsWith(`    ${key}:`));
  if (start < 0 || offset < 0) throw new Error(`no ${service}.${key} in compose.yaml`);
  return start + offset + 1;
}

const classesOf = (page: Page, selector: string) => page.locator(selector).evaluate((node) => [...node.classList]);

describe.skipIf(!browserAvailable())("HTML report", () => {
  const browser = useBrowser();

  it("highlights the Service ports made from the ports line and explains them", async () => {
    const page = await browser.open(reportUrl());
    const line = composeLine("vote", "ports");
    await page.locator(`#c-0-${line}`).click();

    expect(await classesOf(page, `#c-0-${line}`)).toContain("selected");
    const service = page.locator('.manifest[data-kind="Service"][data-name="vote"]');
    const portLines = service.locator('.line[data-field^="spec.ports"]');
    expect(await portLines.count()).toBeGreaterThan(0);
    const highlighted = await portLines.evaluateAll((nodes) => nodes.map((node) => node.classList.contains("highlight")));
    expect(highlighted.every(Boolean)).toBe(true);
    // Nothing of another service lights up.
    expect(await page.locator('.manifest[data-name="result"] .line.highlight').count()).toBe(0);

    const ports = findExplanation("ports-to-service");
    expect(await page.locator("#panel-body .explanation-title").textContent()).toBe(ports?.title);
    expect(await page.locator("#panel-body .summary").textContent()).toBe(ports?.summary);
    expect(await page.locator("#panel-body .docs a").count()).toBe(ports?.docs.length);
    await browser.screenshot(page, "report-compose-ports-selected");
    browser.expectNoErrors(page);
  });

  it("highlights the Compose line a manifest field came from", async () => {
    const page = await browser.open(reportUrl());
    const image = page.locator('.manifest[data-kind="Deployment"][data-name="vote"] .line[data-field="spec.template.spec.containers[0].image"]');
    await image.click();
    expect(await classesOf(page, '.manifest[data-kind="Deployment"][data-name="vote"] .line[data-field="spec.template.spec.containers[0].image"]')).toContain("selected");
    // Traced to services.vote.image, or (until the converters trace fields) to its service block.
    const imageLine = composeLine("vote", "image");
    const classes = await classesOf(page, `#c-0-${imageLine}`);
    expect(classes.some((name) => name === "highlight" || name === "selected")).toBe(true);
    expect(await page.locator("#compose-column .line.selected").count()).toBe(1);
    // Lines of other services stay dark.
    expect(await classesOf(page, `#c-0-${composeLine("result", "image")}`)).not.toContain("highlight");
    await browser.screenshot(page, "report-manifest-image-selected");
    browser.expectNoErrors(page);
  });

  it("says why kubepose chose a default when a manifest line holds one", async () => {
    const page = await browser.open(reportUrl());
    const labels = page.locator('.manifest[data-kind="Deployment"][data-name="vote"] .line[data-field="metadata.labels"]');
    await labels.click();
    expect(await page.locator("#panel-body .note").textContent()).toMatch(/^A default kubepose chose: kubepose's labels/);
    // Its object's own Compose block lights up, as for a traced field.
    expect(await page.locator("#compose-column .line.selected").count()).toBe(1);
    browser.expectNoErrors(page);
  });

  it("links each warning to its Compose line", async () => {
    const page = await browser.open(reportUrl());
    const link = page.locator("#diagnostics-list a").first();
    const target = await link.getAttribute("href");
    await link.click();
    expect(target).toMatch(/^#c-0-\d+$/);
    expect(await classesOf(page, target ?? "")).toContain("selected");
    browser.expectNoErrors(page);
  });

  it("prints both columns side by side, without the panel", async () => {
    const page = await browser.open(reportUrl());
    await page.emulateMedia({ media: "print" });
    const compose = await page.locator("#compose-column").boundingBox();
    const kubernetes = await page.locator("#kubernetes-column").boundingBox();
    expect(compose && kubernetes && compose.x + compose.width <= kubernetes.x).toBe(true);
    expect(compose && kubernetes && Math.abs(compose.y - kubernetes.y) < 2).toBe(true);
    expect(await page.locator("#panel").isVisible()).toBe(false);
    // Columns do not scroll on paper: every line is laid out.
    const column = await page.locator("#kubernetes-column").evaluate((node) => node.scrollHeight <= node.clientHeight + 1);
    expect(column).toBe(true);
    await browser.screenshot(page, "report-print");
    browser.expectNoErrors(page);
  });
});
