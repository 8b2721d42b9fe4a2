// The playground in a real browser: built from the current sources, opened from file://, driven like a user.
import { execFileSync } from "node:child_process";
import { readdirSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { pathToFileURL } from "node:url";
import type { Page } from "playwright-core";
import { beforeAll, describe, expect, it } from "vitest";
import { renderProject } from "../helpers/render-project.js";
import { nodeContext } from "../../src/cli/node-context.js";
import { runPipeline } from "../../src/pipeline.js";
import { browserAvailable, useBrowser } from "./browser.js";

const repository = resolve(import.meta.dirname, "../..");
const pageUrl = pathToFileURL(join(repository, "dist/playground/index.html")).href;
const examples = readdirSync(join(repository, "examples")).filter((name) => !name.includes(".")).sort();

/** Waits until the page converted again after an edit (it bumps body[data-revision] after each render). */
async function edited(page: Page, edit: () => Promise<void>): Promise<void> {
  const before = await page.evaluate(() => document.body.dataset["revision"]);
  await edit();
  // Polled on a timer rather than on animation frames, which a headless page may not run.
  await page.waitForFunction((previous) => document.body.dataset["revision"] !== previous, before, { polling: 50 });
}

const titles = (page: Page) => page.$$eval("article.manifest", (articles) => articles.map((a) => a.getAttribute("data-title") ?? ""));

/** The manifests as shown, joined like `kubepose convert` writes a stream. */
const shownStream = (page: Page) =>
  page.$$eval("article.manifest .yaml", (bodies) =>
    bodies.map((body) => [...body.querySelectorAll(".row")].map((row) => `${row.textContent ?? ""}\n`).join("")).join("---\n"),
  );

/** Highlighted manifest rows: which object, and the text of the line. */
const highlighted = (page: Page) =>
  page.$$eval(".row.highlight", (rows) => rows.map((row) => ({ title: row.closest("article")?.getAttribute("data-title") ?? "", text: (row.textContent ?? "").trim() })));

/** "compose.yaml:10:7 warning[depends-on-condition]" for each diagnostic shown. */
const shownDiagnostics = (page: Page) =>
  page.$$eval("#diagnostics .diagnostic", (items) =>
    items.map((item) => `${item.querySelector(".where")?.textContent ?? ""} ${item.querySelector(".severity")?.textContent ?? ""}`),
  );

/** Clicks the Compose editor on a line, as a user would (rows are 20px tall, see styles.css). */
async function clickComposeLine(page: Page, line: number): Promise<void> {
  await page.evaluate((target) => {
    const textarea = document.querySelector("textarea")!;
    textarea.scrollTop = Math.max((target - 5) * 20, 0);
  }, line);
  const scrollTop = await page.$eval("textarea", (textarea) => textarea.scrollTop);
  await page.click("textarea", { position: { x: 30, y: (line - 1) * 20 + 10 - scrollTop } });
}

/** The 1-based line of the voting app's compose.yaml whose trimmed text is `text` (so edits to the example don't break tests). */
function votingAppLine(text: string): number {
  const lines = readFileSync(join(repository, "examples/voting-app/compose.yaml"), "utf8").split("\n");
  const index = lines.findIndex((line) => line.trim() === text);
  if (index < 0) throw new Error(`examples/voting-app/compose.yaml has no line ${text}`);
  return index + 1;
}

const caretLine = (page: Page) =>
  page.$eval("textarea", (textarea) => textarea.value.slice(0, textarea.selectionStart).split("\n").length);

/** Selects `text` (its first occurrence) in the editor, so typing replaces it. */
async function selectInEditor(page: Page, text: string): Promise<void> {
  await page.focus("textarea");
  await page.$eval(
    "textarea",
    (textarea, wanted) => {
      const start = textarea.value.indexOf(wanted);
      if (start < 0) throw new Error(`not in the editor: ${wanted}`);
      textarea.setSelectionRange(start, start + wanted.length);
    },
    text,
  );
}

describe.skipIf(!browserAvailable())("playground", () => {
  const browser = useBrowser();

  beforeAll(() => {
    // Always test the page built from the current sources (npm test builds it too; this is cheap).
    execFileSync(process.execPath, [join(repository, "scripts/playground.mjs")], { cwd: repository, stdio: "pipe" });
  });

  it("opens on the voting app and shows its manifests", async () => {
    const page = await browser.open(pageUrl);
    await page.waitForSelector("article.manifest");
    expect(await page.getAttribute('button[data-example="voting-app"]', "aria-pressed")).toBe("true");
    expect(await titles(page)).toEqual(expect.arrayContaining(["Deployment/vote", "Service/vote", "Deployment/worker", "PersistentVolumeClaim/db-data"]));
    expect(await page.$eval("textarea", (t) => t.value)).toBe(readFileSync(join(repository, "examples/voting-app/compose.yaml"), "utf8"));
    await browser.screenshot(page, "playground-voting-app");
    browser.expectNoErrors(page);
  });

  // The page runs the same core as the CLI, so each example shows exactly what the CLI makes of it, warnings
  // included, except that a Secret shows its keys with a mask, as in every view.
  it.each(examples)("loads %s from the menu as the CLI converts it", async (name) => {
    const page = await browser.open(pageUrl);
    await page.waitForSelector("article.manifest");
    await edited(page, () => page.click(`button[data-example="${name}"]`));
    const directory = join(repository, "examples", name);
    expect(await page.$eval("textarea", (t) => t.value)).toBe(readFileSync(join(directory, "compose.yaml"), "utf8"));
    const cli = renderProject(directory);
    // The playground shows a Secret's keys with a mask, never its values: the CLI's stream with Secrets masked.
    const masked = runPipeline({ files: [], envFiles: [], output: { format: "yaml", layout: "stream", comments: true, baseDir: directory, maskSecrets: true } }, { ...nodeContext(), env: {}, cwd: directory });
    expect(await shownStream(page)).toBe(masked.output);
    const expected = [...cli.diagnostics.matchAll(/^(\S+:\d+:\d+): (\w+\[[\w-]+\])/gm)].map((match) => `${match[1]} ${match[2]}`);
    expect(await shownDiagnostics(page)).toEqual(expected);
    await browser.screenshot(page, `playground-example-${name}`);
    browser.expectNoErrors(page);
  });

  it("updates the manifests as the Compose file is typed", async () => {
    const page = await browser.open(pageUrl);
    await page.waitForSelector("article.manifest");
    const serviceVote = 'article[data-title="Service/vote"]';
    expect(await page.textContent(serviceVote)).toContain("port: 5000");

    // Change the published port of vote.
    await selectInEditor(page, '"5000:80"');
    await edited(page, () => page.keyboard.type('"5050:80"'));
    expect(await page.textContent(serviceVote)).toContain("port: 5050");
    expect(await page.textContent(serviceVote)).not.toContain("port: 5000");

    // Add a service by typing it under `services:`.
    expect(await titles(page)).not.toContain("Deployment/cache");
    await selectInEditor(page, "services:\n");
    await edited(page, () => page.keyboard.type("services:\n  cache:\n    image: memcached:1.6\n"));
    expect(await titles(page)).toContain("Deployment/cache");
    expect(await page.textContent('article[data-title="Deployment/cache"]')).toContain("image: memcached:1.6");
    await browser.screenshot(page, "playground-typed");
    browser.expectNoErrors(page);
  });

  it.each([
    // A port line: at least the Service of vote (its ports, once converters trace fields), nothing of other services.
    { composeText: '- "5000:80"', mustInclude: { title: "Service/vote", text: "port: 80" }, allowed: /\/vote(-env)?$/, firstExplanation: "ports-to-service" },
    // The service's key line: every object made from vote, as a whole.
    { composeText: "vote:", mustInclude: { title: "Deployment/vote", text: "kind: Deployment" }, allowed: /\/vote(-env)?$/, firstExplanation: "service-to-deployment" },
    // A top-level named volume: its claim (and at most the mount in db's pod).
    { composeText: "db-data:", mustInclude: { title: "PersistentVolumeClaim/db-data", text: "kind: PersistentVolumeClaim" }, allowed: /^(PersistentVolumeClaim\/db-data|Deployment\/db)$/, firstExplanation: undefined },
  ])("clicking the Compose line $composeText highlights the fields it produced", async ({ composeText, mustInclude, allowed, firstExplanation }) => {
    const line = votingAppLine(composeText);
    const page = await browser.open(pageUrl);
    await page.waitForSelector("article.manifest");
    await clickComposeLine(page, line);
    expect(await caretLine(page)).toBe(line);
    const rows = await highlighted(page);
    expect(rows).toContainEqual(mustInclude);
    for (const row of rows) expect(row.title).toMatch(allowed);
    expect(await page.getAttribute(`#gutter .row[data-line="${line}"]`, "data-mark")).toBe("selected");
    expect(await page.$$("#explanation [data-explanation]")).not.toHaveLength(0);
    // The selected key's own explanation comes first (a port line: how ports become a Service).
    if (firstExplanation !== undefined) expect(await page.getAttribute("#explanation [data-explanation]", "data-explanation")).toBe(firstExplanation);
    await browser.screenshot(page, `playground-line-${line}`);
    browser.expectNoErrors(page);
  });

  it("clicking a manifest line marks the Compose line it came from", async () => {
    const page = await browser.open(pageUrl);
    await page.waitForSelector("article.manifest");
    // The container port, what peers use (the published 5000 follows it, with a field note).
    await page.locator('article[data-title="Service/vote"] .row').filter({ hasText: /^\s*port: 80$/ }).click();
    // The port's own line once fields are traced; until then the object's own source, services.vote.ports (the line above).
    const portLine = votingAppLine('- "5000:80"');
    const marked = await page.$$eval('#gutter .row[data-mark="selected"]', (rows) => rows.map((row) => Number(row.getAttribute("data-line"))));
    expect(marked).toHaveLength(1);
    expect([portLine - 1, portLine]).toContain(marked[0]);
    expect(await page.textContent("#explanation .mappings")).toContain("services.vote.ports");
    expect(await page.$$('#explanation [data-explanation="ports-to-service"]')).toHaveLength(1);
    browser.expectNoErrors(page);
  });

  it("lists an error with its line and moves the caret there when clicked", async () => {
    const page = await browser.open(pageUrl);
    await page.waitForSelector("article.manifest");
    await selectInEditor(page, '"5000:80"');
    await edited(page, () => page.keyboard.type('"5000:eighty"'));
    const errors = await page.$$eval("#diagnostics .diagnostic.error", (items) => items.map((item) => item.getAttribute("data-line")));
    const portLine = votingAppLine('- "5000:80"');
    expect(errors).toContain(String(portLine));
    // The last manifests that converted stay, dimmed, under the errors.
    expect((await page.$$("article.manifest")).length).toBeGreaterThan(0);
    expect(await page.getAttribute("#manifests", "class")).toContain("stale");
    expect(await page.textContent("#stale")).toContain(`compose.yaml:${portLine}:`);
    expect(await page.getAttribute(`#gutter .row[data-line="${portLine}"]`, "data-mark")).toBe("error");

    await clickComposeLine(page, 2);
    expect(await caretLine(page)).toBe(2);
    await page.click(`#diagnostics .diagnostic.error[data-line="${portLine}"]`);
    expect(await caretLine(page)).toBe(portLine);
    await browser.screenshot(page, "playground-error");
    browser.expectNoErrors(page);
  });
});
