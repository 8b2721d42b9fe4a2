// The playground takes your own project: files added, renamed, removed and dropped; kept across a reload;
// Tab indents; both sides coloured; a line not converted says why; the picture of the app is clickable.
import { execFileSync } from "node:child_process";
import { join, resolve } from "node:path";
import { pathToFileURL } from "node:url";
import type { Page } from "playwright-core";
import { beforeAll, describe, expect, it } from "vitest";
import { browserAvailable, useBrowser } from "./browser.js";

const repository = resolve(import.meta.dirname, "../..");
const pageUrl = pathToFileURL(join(repository, "dist/playground/index.html")).href;

/** A project the way a small team writes one: an anchor, build without image, an env file, a bind-mounted config. */
const SHOP = `x-env: &env
  env_file: web.env
services:
  web:
    <<: *env
    build: .
    ports: ["8080:8000"]
    volumes:
      - ./nginx.conf:/etc/nginx/nginx.conf:ro
    logging:
      driver: json-file
  cache:
    image: redis:7.4
`;

async function edited(page: Page, edit: () => Promise<void>): Promise<void> {
  const before = await page.evaluate(() => document.body.dataset["revision"]);
  await edit();
  await page.waitForFunction((previous) => document.body.dataset["revision"] !== previous, before, { polling: 50 });
}

/** Replaces the open file's whole text, as pasting over a selection does. */
async function paste(page: Page, text: string): Promise<void> {
  await edited(page, async () => {
    await page.focus("textarea");
    await page.$eval("textarea", (textarea) => textarea.select());
    await page.keyboard.insertText(text);
  });
}

/** Answers the next prompt() with `answer` and clicks the file bar's button. */
async function answer(page: Page, button: string, answerText: string): Promise<void> {
  page.once("dialog", (dialog) => void dialog.accept(answerText));
  await edited(page, () => page.click(`#files button[data-action="${button}"]`));
}

const fileNames = (page: Page) => page.$$eval("#file option", (options) => options.map((o) => o.textContent ?? ""));
const titles = (page: Page) => page.$$eval("article.manifest", (articles) => articles.map((a) => a.getAttribute("data-title") ?? ""));
const errorCodes = (page: Page) => page.$$eval("#diagnostics .diagnostic.error .severity", (items) => items.map((i) => i.textContent ?? ""));

describe.skipIf(!browserAvailable())("playground: your own project", () => {
  const browser = useBrowser();

  beforeAll(() => {
    execFileSync(process.execPath, [join(repository, "scripts/playground.mjs")], { cwd: repository, stdio: "pipe" });
  });

  it("a pasted project with env_file and a bind mount asks for its own files, not the example's, and converts once they exist", async () => {
    const page = await browser.open(pageUrl);
    await page.waitForSelector("article.manifest");
    await edited(page, () => page.click('#files button[data-action="new-project"]'));
    expect(await fileNames(page)).toEqual(["compose.yaml"]);
    await paste(page, SHOP);
    const messages = await page.$$eval("#diagnostics .diagnostic.error .message", (items) => items.map((i) => i.textContent ?? ""));
    expect(messages.join("\n")).toContain("web.env");
    expect(messages.join("\n")).not.toContain("voting-app");

    await answer(page, "new-file", "web.env");
    expect(await page.$eval("#file", (select) => (select as HTMLSelectElement).selectedOptions[0]?.textContent)).toBe("web.env");
    await paste(page, "LOG_LEVEL=info\n");
    await answer(page, "new-file", "nginx.conf");
    await paste(page, "events {}\nhttp { server { listen 8000; } }\n");
    expect(await errorCodes(page)).toEqual([]);
    expect(await titles(page)).toEqual(expect.arrayContaining(["Deployment/web", "Service/web", "Deployment/cache"]));
    expect(await fileNames(page)).toEqual(["compose.yaml", "nginx.conf", "web.env"]);

    // Renaming the env file breaks the reference; deleting the open file falls back to compose.yaml.
    await page.selectOption("#file", { label: "web.env" });
    await answer(page, "rename", "config/web.env");
    expect(await fileNames(page)).toEqual(["compose.yaml", "config/web.env", "nginx.conf"]);
    expect((await page.textContent("#diagnostics")) ?? "").toContain("web.env");
    page.once("dialog", (dialog) => void dialog.accept());
    await edited(page, () => page.click('#files button[data-action="delete"]'));
    expect(await fileNames(page)).toEqual(["compose.yaml", "nginx.conf"]);
    expect(await page.$eval("#file", (select) => (select as HTMLSelectElement).value)).toBe("/project/compose.yaml");

    // A name outside the project is refused with the reason.
    page.once("dialog", (dialog) => void dialog.accept("../etc/passwd"));
    await page.click('#files button[data-action="new-file"]');
    expect(await page.textContent("#status")).toContain("not a file name inside the project");
    browser.expectNoErrors(page);
  });

  it("keeps the project across a reload", async () => {
    const page = await browser.open(pageUrl);
    await page.waitForSelector("article.manifest");
    await edited(page, () => page.click('#files button[data-action="new-project"]'));
    await paste(page, "services:\n  api:\n    image: node:22\n    command: node server.js\n");
    await edited(page, async () => {
      await page.reload({ waitUntil: "load" });
    });
    expect(await page.$eval("textarea", (t) => t.value)).toContain("api:");
    expect(await titles(page)).toEqual(["Deployment/api", "ServiceAccount/api"]);
    expect(await page.$$eval('#examples button[aria-pressed="true"]', (b) => b.length)).toBe(0);
    browser.expectNoErrors(page);
  });

  it("adds dropped files to the project", async () => {
    const page = await browser.open(pageUrl);
    await page.waitForSelector("article.manifest");
    await edited(page, () =>
      page.evaluate((compose) => {
        const transfer = new DataTransfer();
        transfer.items.add(new File([compose], "compose.yaml"));
        transfer.items.add(new File(["LOG_LEVEL=debug\n"], "web.env"));
        transfer.items.add(new File(["events {}\n"], "nginx.conf"));
        document.dispatchEvent(new DragEvent("drop", { dataTransfer: transfer, bubbles: true, cancelable: true }));
      }, SHOP),
    );
    expect(await fileNames(page)).toEqual(expect.arrayContaining(["compose.yaml", "web.env", "nginx.conf"]));
    expect(await page.$eval("textarea", (t) => t.value)).toContain("x-env: &env");
    browser.expectNoErrors(page);
  });

  it("Tab indents by two spaces and Shift+Tab outdents, without leaving the editor", async () => {
    const page = await browser.open(pageUrl);
    await page.waitForSelector("article.manifest");
    await edited(page, () => page.click('#files button[data-action="new-project"]'));
    await paste(page, "services:\nweb:\n");
    await page.$eval("textarea", (t) => t.setSelectionRange(10, 10));
    await edited(page, () => page.keyboard.press("Tab"));
    expect(await page.$eval("textarea", (t) => t.value)).toBe("services:\n  web:\n");
    expect(await page.evaluate(() => document.activeElement?.id)).toBe("compose");
    await edited(page, () => page.keyboard.press("Shift+Tab"));
    expect(await page.$eval("textarea", (t) => t.value)).toBe("services:\nweb:\n");
    // Escape, then Tab: keyboard users can still leave the editor.
    await page.keyboard.press("Escape");
    await page.keyboard.press("Tab");
    expect(await page.evaluate(() => document.activeElement?.id)).not.toBe("compose");
    expect(await page.$eval("textarea", (t) => t.value)).toBe("services:\nweb:\n");
    browser.expectNoErrors(page);
  });

  it("colours Compose and Kubernetes YAML and says why a line is not converted", async () => {
    const page = await browser.open(pageUrl);
    await page.waitForSelector("article.manifest");
    await edited(page, () => page.click('#files button[data-action="new-project"]'));
    await paste(page, 'services:\n  web:\n    image: nginx:1.27\n    ports: ["8080:80"]\n    logging:\n      driver: json-file\n');
    expect(await page.$$eval("#backdrop .row .tok-key", (keys) => keys.map((k) => k.textContent))).toEqual(["services", "web", "image", "ports", "logging", "driver"]);
    expect(await page.$$eval('article[data-title="Service/web"] .tok-number', (n) => n.map((k) => k.textContent))).toContain("8080");
    // Line 5, logging: its fate from the table the report uses.
    await page.$eval("textarea", (t) => {
      const at = t.value.indexOf("logging");
      t.focus();
      t.setSelectionRange(at, at);
    });
    await page.keyboard.press("ArrowRight");
    expect(await page.textContent("#explanation .hint")).toMatch(/^Not converted: /);
    await browser.screenshot(page, "playground-colours");

    // A long line scrolls sideways, its colours scrolling with it, instead of being clipped or wrapped.
    const long = `      JAVA_OPTS: ${"-Dproperty.with.a.long.name=value ".repeat(8).trim()}`;
    await paste(page, `services:\n  web:\n    image: nginx:1.27\n    environment:\n${long}\n`);
    expect(await page.$eval("textarea", (t) => t.scrollWidth > t.clientWidth)).toBe(true);
    expect(await page.$eval('#backdrop .row[data-line="5"]', (row) => row.textContent)).toBe(long);
    await page.$eval("textarea", (t) => {
      t.scrollLeft = 200;
      t.dispatchEvent(new Event("scroll"));
    });
    expect(await page.$eval("#backdrop", (b) => b.style.transform)).toContain("-200px");
    browser.expectNoErrors(page);
  });

  it("draws the picture of the app; clicking a service highlights its definition and its objects", async () => {
    const page = await browser.open(pageUrl);
    await page.waitForSelector(".graph-node");
    expect(await page.$$eval('svg[data-side="compose"] .graph-node', (n) => n.length)).toBe(5);
    await page.click('.graph-node[data-node="service:worker"]');
    const highlighted = await page.$$eval(".row.highlight", (rows) => [...new Set(rows.map((row) => row.closest("article")?.getAttribute("data-title")))]);
    expect(highlighted).toEqual(["Deployment/worker", "ServiceAccount/worker"]);
    const marked = await page.$$eval('#gutter .row[data-mark="selected"]', (rows) => rows.map((row) => Number(row.getAttribute("data-line"))));
    const lines = await page.$eval("textarea", (t) => t.value.split("\n"));
    expect(lines[(marked[0] ?? 0) - 1]).toBe("  worker:");
    expect(marked.length).toBeGreaterThan(3);
    await browser.screenshot(page, "playground-graph");
    browser.expectNoErrors(page);
  });
});
