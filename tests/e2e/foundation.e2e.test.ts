import { describe, expect, it } from "vitest";
import { appInBrowser, screenshot } from "../support/browser";

const { helper, browser: startedBrowser } = appInBrowser();

describe("a newcomer in the browser", () => {
  it("sees the start view: nine clusters, eight S3 ecosystems, six PNRR missions", async () => {
    const page = await startedBrowser().newPage({ viewport: { width: 1440, height: 900 } });
    await page.goto(`${helper.url}/`);
    await page.waitForFunction(() => window.__kgReady !== undefined, null, { timeout: 60_000 });
    expect(await page.getByTestId("visible-count").textContent()).toMatch(/^23 \/ 23/);
    const legend = await page.locator(".legend li").allTextContents();
    expect(legend).toEqual(["Cluster9/9", "PNRR mission6/6", "S3 ecosystem8/8"]);
    await screenshot(page, "01-start-view");
    await page.close();
  });

  it("opens GraphiQL at /graphql, bundled, and runs the first query", async () => {
    const page = await startedBrowser().newPage({ viewport: { width: 1440, height: 900 } });
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
    await screenshot(page, "10-graphiql");
    await page.locator(".graphiql-execute-button").click();
    await page.getByText("Lombardia Aerospace Cluster").first().waitFor({ timeout: 30_000 });
    await screenshot(page, "11-graphiql-result");
    expect(external).toEqual([]); // works with no internet: nothing from a CDN
    await page.close();
  });

  it("gets a visible message and a retry when the API is down, never a blank page", async () => {
    const page = await startedBrowser().newPage({ viewport: { width: 1440, height: 900 } });
    await page.route("**/graphql", (route) => route.abort("connectionrefused"));
    await page.goto(`${helper.url}/`);
    const alert = page.getByRole("alert");
    await alert.waitFor();
    expect(await alert.textContent()).toMatch(/could not be loaded/);
    await screenshot(page, "09-api-down");
    await page.unroute("**/graphql");
    await page.getByRole("button", { name: "Retry" }).click();
    await page.waitForFunction(() => window.__kgReady !== undefined, null, { timeout: 60_000 });
    expect(await page.getByTestId("visible-count").textContent()).toMatch(/^23 \/ 23/);
    expect(await page.getByRole("alert").count()).toBe(0);
    await page.close();
  });
});
