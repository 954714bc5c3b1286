import { mkdirSync } from "node:fs";
import path from "node:path";
import { chromium, type Browser, type Page } from "playwright-core";
import { afterAll, beforeAll } from "vitest";
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

export async function screenshot(page: Page, name: string): Promise<void> {
  mkdirSync(screenshotDir, { recursive: true });
  await page.screenshot({ path: path.join(screenshotDir, `${name}.png`), fullPage: true });
}

/**
 * For a browser test file: the curated graph seeded, the real API serving it on a free port, and
 * Chromium, started before the tests and closed after.
 */
export function appInBrowser(): { helper: TestHelper; browser: () => Browser } {
  const helper = new TestHelper();
  let browser: Browser | undefined;
  beforeAll(async () => {
    await helper.useCuratedGraph();
    await helper.startApi();
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
    await helper.close();
  });
  return {
    helper,
    browser: () => {
      if (!browser) throw new Error("the browser is not started yet");
      return browser;
    },
  };
}
