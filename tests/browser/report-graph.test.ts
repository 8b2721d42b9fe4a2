// The picture of the app in the HTML report: drawn by kubepose as inline SVG (no request), one panel per
// side; clicking a service highlights its Compose lines and every object made from it, clicking an object
// its manifest and the definition it came from.
import { resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { browserAvailable, useBrowser } from "./browser.js";
import { writeReport } from "./report-file.js";
import { appGraph } from "../../src/views/graph/app-graph.js";
import { renderGraphSvg } from "../../src/views/graph/svg.js";

const reportUrl = (directory: string): string => writeReport(directory).url;

describe.skipIf(!browserAvailable())("HTML report: the picture of the app", () => {
  const browser = useBrowser();

  it("draws the services with their connections and the objects that replace them", async () => {
    const page = await browser.open(reportUrl(resolve("examples", "voting-app")));
    const compose = page.locator('svg.graph-panel[data-side="compose"]');
    const kubernetes = page.locator('svg.graph-panel[data-side="kubernetes"]');
    expect(await compose.locator(".graph-node").count()).toBe(5);
    expect(await compose.locator('.graph-edge text').allTextContents()).toEqual(expect.arrayContaining([":6379", ":5432"]));
    const kinds = await kubernetes.locator(".graph-node").evaluateAll((nodes) => nodes.map((n) => n.getAttribute("data-kind")));
    for (const kind of ["Deployment", "ReplicaSet", "Pod", "Service", "ConfigMap", "Secret", "PersistentVolumeClaim"]) expect(kinds).toContain(kind);
    await page.locator("#graph").screenshot({ path: resolve("test-artifacts", "report-graph.png") });
    browser.expectNoErrors(page);
  });

  it.each(["voting-app", "monitoring"])("draws in %s the markup renderGraphSvg writes, as if it were inline in the page", async (example) => {
    const report = writeReport(resolve("examples", example));
    const page = await browser.open(report.url);
    const markup = renderGraphSvg(appGraph(report.input));
    // The page's script draws the picture (report-page/graph.ts); HTML's parser reads the same markup into
    // the same elements and attributes (it writes the svg's xmlns first, the XML parser after the others).
    const [drawn, inline] = await page.evaluate((svg) => {
      const figure = document.querySelector("#graph figure")?.outerHTML ?? "";
      const parsed = new DOMParser().parseFromString(svg, "text/html").querySelector("figure")?.outerHTML ?? "";
      const withoutXmlns = (html: string) => html.replaceAll(' xmlns="http://www.w3.org/2000/svg"', "");
      return [withoutXmlns(figure), withoutXmlns(parsed)];
    }, markup);
    expect(drawn).toContain("graph-node");
    expect(drawn).toBe(inline);
    browser.expectNoErrors(page);
  });

  it("clicking a service highlights its Compose lines and the manifests made from it", async () => {
    const page = await browser.open(reportUrl(resolve("examples", "voting-app")));
    await page.locator('.graph-node[data-node="service:db"]').click();
    const composeRows = await page.locator("#compose-code .line.highlight .text").allTextContents();
    expect(composeRows[0]).toBe("  db:");
    const manifests = await page.locator("#kubernetes-code .manifest").evaluateAll((boxes) =>
      boxes.filter((box) => box.querySelector(".line.highlight")).map((box) => `${box.getAttribute("data-kind")}/${box.getAttribute("data-name")}`),
    );
    expect(manifests).toEqual(expect.arrayContaining(["Deployment/db", "Service/db", "ConfigMap/db-env"]));
    // The claim comes from the top-level volume db-data, not from the service.
    expect(manifests).not.toContain("PersistentVolumeClaim/db-data");
    expect(manifests).not.toContain("Deployment/vote");
    expect(await page.locator('.graph-node[data-node="Deployment/db"]').getAttribute("class")).toContain("highlight");
    expect(await page.locator("#panel-body .path").textContent()).toBe("service db");
    // Both columns scroll to the highlighted lines.
    expect(await page.locator("#compose-column").evaluate((column) => column.scrollTop)).toBeGreaterThan(0);
    expect(await page.locator("#kubernetes-column").evaluate((column) => column.scrollTop)).toBeGreaterThan(0);
    // The viewport as the reader sees it (a full-page capture re-lays the columns out and loses their scroll).
    await page.screenshot({ path: resolve("test-artifacts", "report-graph-select-db.png") });
    browser.expectNoErrors(page);
  });

  it("clicking an object highlights only its manifest and the definition it came from", async () => {
    const page = await browser.open(reportUrl(resolve("examples", "voting-app")));
    await page.locator('.graph-node[data-node="Service/redis"]').click();
    const manifests = await page.locator("#kubernetes-code .manifest").evaluateAll((boxes) =>
      boxes.filter((box) => box.querySelector(".line.highlight")).map((box) => `${box.getAttribute("data-kind")}/${box.getAttribute("data-name")}`),
    );
    expect(manifests).toEqual(["Service/redis"]);
    expect((await page.locator("#compose-code .line.highlight .text").allTextContents())[0]).toBe("  redis:");
    browser.expectNoErrors(page);
  });
});
