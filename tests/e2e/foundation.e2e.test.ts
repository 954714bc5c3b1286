import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { launchChromium, screenshot } from "../support/browser";
import { TestHelper } from "../support/test-helper";

const helper = new TestHelper();
let browser: Browser;

beforeAll(async () => {
  await helper.seedCurated();
  await helper.startApi();
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
  await helper.close();
});

describe("a newcomer in the browser", () => {
  it("sees the nine clusters on the start page, blank figures shown as unknown", async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    await page.goto(`${helper.url}/`);
    await page.locator("tbody tr").nth(8).waitFor();
    expect(await page.locator("tbody tr").count()).toBe(9);
    const aerospace = page.locator('tr[data-cluster-id="cluster-aerospace"]');
    expect(await aerospace.locator("td").allTextContents()).toEqual(["114", "106", "6", "2"]);
    const agrifood = page.locator('tr[data-cluster-id="cluster-agrifood"]');
    expect(await agrifood.locator("td").first().textContent()).toBe("—");
    await screenshot(page, "01-start-page");
    await page.close();
  });

  it("opens GraphiQL at /graphql, bundled, and runs the first query", async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    const external: string[] = [];
    page.on("request", (request) => {
      if (
        !request.url().startsWith(helper.url) &&
        !request.url().startsWith("data:") &&
        !request.url().startsWith("blob:")
      ) {
        external.push(request.url());
      }
    });
    await page.goto(`${helper.url}/graphql`);
    await page.locator(".graphiql-container").waitFor({ timeout: 30_000 });
    await page.locator(".graphiql-query-editor .monaco-editor").first().waitFor({ timeout: 30_000 });
    await screenshot(page, "02-graphiql");
    await page.locator(".graphiql-execute-button").click();
    await page.getByText("Lombardia Aerospace Cluster").first().waitFor({ timeout: 30_000 });
    await screenshot(page, "03-graphiql-result");
    expect(external).toEqual([]); // works with no internet: nothing from a CDN
    await page.close();
  });

  it("gets a visible message and a retry when the API is down, never a blank page", async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    await page.route("**/graphql", (route) => route.abort("connectionrefused"));
    await page.goto(`${helper.url}/`);
    const alert = page.getByRole("alert");
    await alert.waitFor();
    expect(await alert.textContent()).toMatch(/could not be loaded/);
    await screenshot(page, "04-api-down");
    await page.unroute("**/graphql");
    await page.getByRole("button", { name: "Retry" }).click();
    await page.locator("tbody tr").nth(8).waitFor();
    expect(await page.locator("tbody tr").count()).toBe(9);
    await page.close();
  });
});
