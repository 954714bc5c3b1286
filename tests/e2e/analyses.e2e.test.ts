import { describe, expect, it } from "vitest";
import { appInBrowser, layoutDone, screenshot } from "../support/browser";

const { helper, browser } = appInBrowser();

const newPage = () => browser().newPage({ viewport: { width: 1440, height: 900 } });
const visibleCount = async (page: Awaited<ReturnType<typeof newPage>>): Promise<number> =>
  Number(/^(\d+)/.exec((await page.getByTestId("visible-count").textContent()) ?? "")?.[1] ?? NaN);

describe("the analyses in the explorer", () => {
  it("opens a synergy cell: its evidence, and the shared neighbours drawn", async () => {
    const page = await newPage();
    await page.goto(`${helper.url}/`);
    await page.waitForFunction(() => window.__kgReady !== undefined, null, { timeout: 60_000 });
    await page.getByRole("button", { name: "Analyses" }).click();
    const cell = page.locator('[data-pair="cluster-energy~cluster-advanced-manufacturing"]');
    await cell.waitFor({ timeout: 30_000 });
    await cell.click();
    const evidence = page.getByTestId("pair-evidence");
    await evidence.waitFor({ timeout: 30_000 });
    expect(await evidence.textContent()).toContain("Circular economy and sustainable agriculture");
    expect(page.url()).toContain("an=synergies");
    expect(page.url()).toContain("pair=cluster-energy%7Ecluster-advanced-manufacturing");
    // Shared neighbours, and the projects through which both reach each shared programme.
    await expect.poll(() => visibleCount(page), { timeout: 30_000 }).toBeGreaterThanOrEqual(12);
    await layoutDone(page);
    await screenshot(page, "12-synergy-heatmap");
    await page.close();
  });

  it("finds partners for hydrogen with the reasons, and draws the chosen one's paths", async () => {
    const page = await newPage();
    await page.goto(`${helper.url}/?an=partners`);
    const seeker = page.getByRole("combobox", { name: "Looking for partners", exact: true });
    await seeker.locator('option[value="cluster-aerospace"]').waitFor({ state: "attached", timeout: 30_000 });
    await seeker.selectOption("cluster-aerospace");
    await page.getByRole("combobox", { name: "For", exact: true }).selectOption("topic");
    const topic = page.getByRole("combobox", { name: "Topic", exact: true });
    await topic.locator('option[value="topic-hydrogen"]').waitFor({ state: "attached", timeout: 30_000 });
    await topic.selectOption("topic-hydrogen");
    await page.getByRole("button", { name: "Find partners" }).click();
    const results = page.getByTestId("partner-results");
    await results.waitFor({ timeout: 30_000 });
    expect(await results.textContent()).toContain(
      "Lombardy Mobility Cluster takes part in SHINE, which addresses Hydrogen",
    );
    await page.locator('[data-candidate="cluster-mobility"]').click();
    expect(page.url()).toContain("cand=cluster-mobility");
    await expect.poll(() => visibleCount(page), { timeout: 30_000 }).toBeGreaterThanOrEqual(4);
    await layoutDone(page);
    await screenshot(page, "13-partner-finder");
    // The drawing justifies the suggestion: seeker, candidate, and the candidate's path to the topic.
    await page.getByRole("button", { name: "Table view" }).click();
    const drawn = await page
      .locator("[data-node-id]")
      .evaluateAll((rows) => rows.map((r) => r.getAttribute("data-node-id") ?? ""));
    expect(drawn).toEqual(
      expect.arrayContaining(["cluster-aerospace", "cluster-mobility", "prj-shine", "topic-hydrogen"]),
    );
    await page.close();
  });

  it("finds the path from the Aerospace cluster to the Piedmont district", async () => {
    const page = await newPage();
    await page.goto(`${helper.url}/?an=paths&from=cluster-aerospace&to=org-dap`);
    const paths = page.getByTestId("path-results");
    await paths.waitFor({ timeout: 30_000 });
    expect(await paths.locator("li").first().textContent()).toBe("Length 1: LAC → DAP");
    expect(await page.getByTestId("path-to").textContent()).toBe("DAP");
    await expect.poll(() => visibleCount(page), { timeout: 30_000 }).toBe(2);
    await layoutDone(page);
    await screenshot(page, "14-path-finder");
    await page.close();
  });

  it("marks the coverage gaps and what rests on one cluster", async () => {
    const page = await newPage();
    await page.goto(`${helper.url}/?an=coverage`);
    const coverage = page.getByTestId("coverage");
    await coverage.waitFor({ timeout: 30_000 });
    expect(await coverage.locator('th[data-target="M5C1"]').getAttribute("class")).toBe("gap");
    expect(await coverage.locator('th[data-target="M3C2"]').getAttribute("class")).toBe("single");
    expect(await coverage.locator('th[data-target="M2C1"]').getAttribute("class")).toBeNull();
    await screenshot(page, "15-coverage");
    await page.close();
  });
});
