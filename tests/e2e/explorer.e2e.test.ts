import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { appInBrowser, layoutDone, screenshot } from "../support/browser";

const { helper, browser: startedBrowser } = appInBrowser();

async function visibleCount(page: Page): Promise<number> {
  const text = (await page.getByTestId("visible-count").textContent()) ?? "";
  return Number(/^(\d+)/.exec(text)?.[1] ?? NaN);
}

/** Waits until the visible count settles on a value that satisfies `accept`. */
async function waitForCount(page: Page, accept: (n: number) => boolean): Promise<number> {
  await expect.poll(() => visibleCount(page), { timeout: 30_000 }).toSatisfy(accept);
  return visibleCount(page);
}

async function tableNodeIds(page: Page): Promise<string[]> {
  return (
    await page.locator("[data-node-id]").evaluateAll((rows) => rows.map((r) => r.getAttribute("data-node-id") ?? ""))
  ).sort();
}

describe("a newcomer's path through the explorer", () => {
  it("searches, opens, expands, filters, shares the view and switches language", async () => {
    const page = await startedBrowser().newPage({ viewport: { width: 1440, height: 900 } });
    await page.goto(`${helper.url}/`);
    await page.waitForFunction(() => window.__kgReady !== undefined, null, { timeout: 60_000 });
    expect(await visibleCount(page)).toBe(23);

    // Search "SYSCHEMIQ": suggestions as you type, from the fulltext index.
    await page.locator("input[type=search]").fill("syschem");
    const option = page.getByRole("option").first();
    await option.waitFor();
    expect(await option.textContent()).toContain("SYSCHEMIQ");
    await screenshot(page, "02-search-suggestions");

    // Open it with the keyboard: the details show the Energy cluster linked, with the report's quote.
    await page.keyboard.press("Enter");
    const details = page.getByTestId("details-panel");
    await expect.poll(() => details.locator("h2").textContent(), { timeout: 30_000 }).toBe("SYSCHEMIQ");
    const link = details.locator('[data-link="cluster-energy|PARTICIPATES_IN|prj-syschemiq"]');
    await link.waitFor({ timeout: 30_000 });
    expect(await link.locator(".link-target").textContent()).toBe("LE2C");
    expect(await link.locator(".quote").first().textContent()).toContain("“SYSCHEMIQ (Horizon Europe)”");
    expect(await link.locator(".quote footer").first().textContent()).toContain("Lombardy Technology Clusters");
    await screenshot(page, "03-syschemiq-details");

    // Follow the link to the Energy cluster and expand all its neighbours.
    const before = await visibleCount(page);
    await link.locator(".link-target").click();
    await expect
      .poll(() => details.locator("h2").textContent(), { timeout: 30_000 })
      .toBe("Lombardy Energy Cleantech Cluster");
    await details.getByRole("button", { name: "Expand all neighbours" }).click();
    const expanded = await waitForCount(page, (n) => n > before + 10);
    await layoutDone(page);
    await screenshot(page, "04-energy-expanded");

    // Filter by PNRR Mission 2: the counts follow, and only Mission 2 clusters stay.
    await page.getByRole("combobox", { name: "PNRR mission", exact: true }).selectOption("2");
    const filtered = await waitForCount(page, (n) => n < expanded);
    await page.getByRole("button", { name: "Table view" }).click();
    const clusters = (await tableNodeIds(page)).filter((id) => id.startsWith("cluster-"));
    expect(clusters).toEqual([
      "cluster-advanced-manufacturing",
      "cluster-agrifood",
      "cluster-energy",
      "cluster-green-chemistry",
      "cluster-mobility",
    ]);
    await screenshot(page, "05-filter-mission-2-table");

    // Copy the link; a new page opened on it shows the same view.
    const url = page.url();
    expect(url).toContain("mission=2");
    const ids = await tableNodeIds(page);
    const copy = await startedBrowser().newPage({ viewport: { width: 1440, height: 900 } });
    await copy.goto(url);
    await copy.waitForFunction(() => window.__kgReady !== undefined, null, { timeout: 60_000 });
    await waitForCount(copy, (n) => n === filtered);
    expect(await tableNodeIds(copy)).toEqual(ids);
    expect(await copy.getByTestId("details-panel").locator("h2").textContent()).toBe(
      "Lombardy Energy Cleantech Cluster",
    );
    await screenshot(copy, "06-same-view-from-link");
    await copy.close();

    // Switch to Italian: interface strings and names where both exist.
    await page.getByRole("button", { name: "Graph view" }).click();
    await page.getByRole("button", { name: "Italiano" }).click();
    expect(await page.locator("input[type=search]").getAttribute("placeholder")).toBe(
      "Cerca cluster, progetti, organizzazioni…",
    );
    expect(await page.getByText("Missione PNRR").first().isVisible()).toBe(true);
    expect(page.url()).toContain("lang=it");
    await screenshot(page, "07-italian");

    // The browser's Back button steps back through the view.
    await page.goBack();
    await expect
      .poll(() => page.locator("input[type=search]").getAttribute("placeholder"))
      .toBe("Search clusters, projects, organisations…");
    await page.close();
  });

  it("marks a disagreement between sources in the details", async () => {
    const page = await startedBrowser().newPage({ viewport: { width: 1440, height: 900 } });
    await page.goto(`${helper.url}/?sel=cluster-living-environments&exp=cluster-living-environments`);
    const disagreement = page.locator('[data-disagreement="dis-pnrr-m6-numbering"]');
    await disagreement.waitFor({ timeout: 30_000 });
    expect(await disagreement.locator("h4").textContent()).toBe("Numbering of PNRR Mission 6 components");
    expect(await disagreement.locator(".quote").count()).toBeGreaterThanOrEqual(2);
    await layoutDone(page);
    await screenshot(page, "08-disagreement");
    await page.close();
  });
});

describe("what a figure is about", () => {
  it("says a sector figure describes the system its source names, not the cluster", async () => {
    const page = await startedBrowser().newPage({ viewport: { width: 1440, height: 900 } });
    await page.goto(`${helper.url}/?sel=fig-aero-employees-en&exp=fig-aero-employees-en`);
    const details = page.getByTestId("details-panel");
    await expect
      .poll(() => details.getByTestId("figure-subject").textContent(), { timeout: 30_000 })
      .toBe("A figure about the Lombardian aerospace system, as its source names it");
    const link = details.locator('[data-link="fig-aero-employees-en|DESCRIBES|grp-lombardian-aerospace-system"]');
    await link.waitFor({ timeout: 30_000 });
    expect(await link.locator(".link-target").textContent()).toBe("Lombardian aerospace system");
    await layoutDone(page);
    await screenshot(page, "16-figure-subject");
    await page.close();
  });
});
