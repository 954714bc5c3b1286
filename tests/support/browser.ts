import { mkdirSync } from "node:fs";
import path from "node:path";
import { chromium, type Browser, type Page } from "playwright-core";
import { afterAll, afterEach, beforeAll, expect } from "vitest";
import { repoRoot, TestHelper } from "./test-helper";

export const screenshotDir = path.join(repoRoot, "tests", "e2e", "screenshots");

/** Debian's Chromium, headless; the flags keep it off this machine's closed network. */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
    args: [
      "--headless",
      "--no-sandbox",
      "--disable-gpu",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
      "--no-first-run",
    ],
  });
}

/**
 * Waits until the graph on the page is laid out and drawn: the canvas says so once the current
 * layout's positions are applied and a frame has painted them. No fixed sleeps.
 */
export async function layoutDone(page: Page): Promise<void> {
  await page.waitForFunction(
    () => document.querySelector('[data-testid="graph-canvas"]')?.getAttribute("data-layout") === "done",
    null,
    { timeout: 30_000 },
  );
}

/** Where the graph on the page has drawn each node, by id (none before its data arrives). */
export function nodePositions(page: Page): Promise<Record<string, { x: number; y: number }>> {
  return page.evaluate(() => window.__kgNodePositions?.() ?? {});
}

export async function screenshot(page: Page, name: string): Promise<void> {
  mkdirSync(screenshotDir, { recursive: true });
  await page.screenshot({ path: path.join(screenshotDir, `${name}.png`), fullPage: true });
}

/** Opens pages, and records every Content Security Policy violation any of them reports. */
export interface PageOpener {
  newPage: Browser["newPage"];
}

/**
 * For a browser test file: the curated graph seeded, the real API serving it on a free port, and
 * Chromium, started before the tests and closed after. Every page is watched for CSP violations
 * (the console's "Refused to ..." and the securitypolicyviolation event): a test whose pages
 * report one fails, so the app and GraphiQL are known to work under the server's policy.
 */
export function appInBrowser(): { helper: TestHelper; browser: () => PageOpener } {
  const helper = new TestHelper();
  let browser: Browser | undefined;
  const violations: string[] = [];
  beforeAll(async () => {
    await helper.useCuratedGraph();
    await helper.startApi();
    browser = await launchChromium();
  });
  afterEach(() => {
    const found = violations.splice(0);
    expect(found, "Content Security Policy violations").toEqual([]);
  });
  afterAll(async () => {
    await browser?.close();
    await helper.close();
  });
  const watch = async (page: Page): Promise<Page> => {
    page.on("console", (message) => {
      if (/Content Security Policy/i.test(message.text())) violations.push(message.text());
    });
    await page.exposeFunction("__reportCspViolation", (text: string) => violations.push(text));
    await page.addInitScript(() => {
      document.addEventListener("securitypolicyviolation", (e) => {
        const report = (window as unknown as { __reportCspViolation?: (t: string) => void }).__reportCspViolation;
        report?.(`${e.violatedDirective} blocked ${e.blockedURI}`);
      });
    });
    return page;
  };
  return {
    helper,
    browser: () => {
      if (!browser) throw new Error("the browser is not started yet");
      const started = browser;
      return { newPage: async (options) => watch(await started.newPage(options)) };
    },
  };
}
