// Test harness for pages opened in headless Chromium (Debian's /usr/bin/chromium, driven by playwright-core).
// One browser per test file (launch in beforeAll, close in afterAll); each test opens a fresh page from a
// file:// URL. Console errors and uncaught page errors are collected so a test can fail on them.
//
//   const browser = useBrowser();
//   it("shows manifests", async () => {
//     const page = await browser.open(pathToFileURL("dist/playground/index.html").href);
//     ...
//     await browser.screenshot(page, "playground-default");
//     browser.expectNoErrors(page);
//   });
import { existsSync, mkdirSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { chromium, type BrowserContext, type Page } from "playwright-core";
import { afterAll, afterEach, beforeAll, expect } from "vitest";

export const CHROMIUM_PATH = process.env["KUBEPOSE_CHROMIUM"] ?? "/usr/bin/chromium";
export const ARTIFACTS_DIR = resolve("test-artifacts");

/** The flags from issue 5: no sandbox (CI runs as root), and nothing that talks to the network on its own. */
const CHROMIUM_ARGS = [
  "--no-sandbox",
  "--headless",
  "--disable-gpu",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--no-first-run",
];

/**
 * True when browser tests can run here. Without Chromium they are skipped locally, but under CI
 * (CI=true) a missing browser is an error: `.ci/run` installs it, so a skip would hide a broken setup.
 */
export function browserAvailable(): boolean {
  if (existsSync(CHROMIUM_PATH)) return true;
  if (process.env["CI"] === "true") {
    throw new Error(`Chromium not found at ${CHROMIUM_PATH}; .ci/run should have installed it (apt-get install chromium)`);
  }
  return false;
}

export interface BrowserHarness {
  /** Opens a new page at a file:// URL and waits for it to load; its console errors and page errors are recorded. */
  open(url: string): Promise<Page>;
  /** Console errors and uncaught exceptions seen on this page so far. */
  errors(page: Page): string[];
  /** Fails the test when the page logged an error or threw. */
  expectNoErrors(page: Page): void;
  /** Saves a full-page PNG to test-artifacts/<name>.png and returns its path. */
  screenshot(page: Page, name: string): Promise<string>;
}

/** Registers beforeAll/afterAll hooks that launch one Chromium for the calling test file. */
export function useBrowser(): BrowserHarness {
  let context: BrowserContext | undefined;
  let userDataDir: string | undefined;
  const pageErrors = new WeakMap<Page, string[]>();
  const openPages: Page[] = [];

  beforeAll(async () => {
    // A fresh profile per file: no state shared between runs or files, nothing written to $HOME.
    userDataDir = mkdtempSync(join(tmpdir(), "kubepose-chromium-"));
    context = await chromium.launchPersistentContext(userDataDir, {
      executablePath: CHROMIUM_PATH,
      headless: true,
      args: CHROMIUM_ARGS,
      viewport: { width: 1400, height: 900 },
    });
  }, 60_000);

  // Pages left open stay in the background, where Chromium throttles their timers and animation frames.
  // What a page kept in localStorage (the playground's project) is cleared, so each test starts fresh.
  afterEach(async () => {
    const pages = openPages.splice(0);
    await pages[0]?.evaluate(() => localStorage.clear()).catch(() => undefined);
    await Promise.all(pages.map((page) => page.close()));
  });

  afterAll(async () => {
    await context?.close();
    if (userDataDir) rmSync(userDataDir, { recursive: true, force: true });
  });

  const errors = (page: Page): string[] => pageErrors.get(page) ?? [];

  return {
    async open(url) {
      if (!context) throw new Error("useBrowser(): the browser is not running (call open() inside a test)");
      const page = await context.newPage();
      openPages.push(page);
      const seen: string[] = [];
      pageErrors.set(page, seen);
      page.on("console", (message) => {
        if (message.type() === "error") seen.push(`console.error: ${message.text()}`);
      });
      page.on("pageerror", (error) => seen.push(`page error: ${error.message}`));
      // file:// pages must need nothing from the network: any request to another scheme is a bug.
      page.on("request", (request) => {
        const requested = request.url();
        if (!requested.startsWith("file:") && !requested.startsWith("data:") && !requested.startsWith("blob:")) {
          seen.push(`network request: ${requested}`);
        }
      });
      await page.goto(url, { waitUntil: "load" });
      return page;
    },
    errors,
    expectNoErrors(page) {
      expect(errors(page)).toEqual([]);
    },
    async screenshot(page, name) {
      mkdirSync(ARTIFACTS_DIR, { recursive: true });
      const path = join(ARTIFACTS_DIR, `${name}.png`);
      await page.screenshot({ path, fullPage: true });
      return path;
    },
  };
}
