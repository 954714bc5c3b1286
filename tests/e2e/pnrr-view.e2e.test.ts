/**
 * The PNRR view, as a policymaker and a cluster manager use it, on a small release imported from
 * the fixture files: the money matrix, a cell's projects, a project's evidence, a cluster's leads.
 */
import path from "node:path";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { importPnrrRelease } from "@lombardy-kg/ingest";
import { appInBrowser, layoutDone, nodePositions, screenshot } from "../support/browser";
import { repoRoot } from "../support/test-helper";

const { helper, browser } = appInBrowser();
const fixtures = path.join(repoRoot, "tests", "fixtures", "pnrr");

beforeAll(async () => {
  await helper.useCuratedGraph();
  await importPnrrRelease(helper.driver, helper.neo4j.database, {
    paths: [path.join(fixtures, "release-a")],
    istat: path.join(fixtures, "istat-comuni.csv"),
    releaseDate: "2023-01-31",
  });
});
afterAll(() => helper.restoreCuratedGraph());

async function openPnrr(width: number, height: number, query: string): Promise<Page> {
  const page = await browser().newPage({ viewport: { width, height } });
  await page.goto(`${helper.url}/?an=pnrr${query}`);
  await page.getByTestId("pnrr-matrix").waitFor({ timeout: 60_000 });
  return page;
}

describe("the PNRR view", () => {
  it("shows where the money goes, opens a cell's projects and a project's evidence", async () => {
    const page = await openPnrr(1600, 900, "");
    expect(await page.getByTestId("pnrr-totals").textContent()).toMatch(
      /^Lombardia: 4 PNRR projects, EUR 3\.3 M, 2 implementing bodies\./,
    );
    const cell = page.locator('[data-cell="M4C2~015"]');
    expect(await cell.getAttribute("aria-label")).toBe("M4C2 in Milano: 1 projects, EUR 1.0 M");
    await cell.click();
    expect(page.url()).toContain("pc=M4C2");
    expect(page.url()).toContain("pp=Milano");
    const project = page.locator('[data-project="pnrr-FIX0000000000A1"]');
    await project.waitFor({ timeout: 30_000 });
    await project.click();
    const details = page.getByTestId("details-panel");
    await expect
      .poll(() => details.locator("h2").textContent(), { timeout: 30_000 })
      .toBe("CENTRO NAZIONALE*MILANO*RICERCA");
    const quote = details.locator('[data-verbatim="row 2: CUP FIX0000000000A1, local code FIX0000000000A1"]');
    await quote.first().waitFor({ timeout: 30_000 });
    expect(await details.textContent()).toContain("Italia Domani, PNRR open data: PNRR_Progetti.csv");
    expect(await details.textContent()).toContain("EUR 1.0 M");
    // The graph draws the project with its implementing body, place and measure.
    await expect
      .poll(async () => Object.keys(await nodePositions(page)).sort(), {
        timeout: 30_000,
      })
      .toEqual([
        "istat-municipality-015146",
        "org-cf-80057930150",
        "pnrr-FIX0000000000A1",
        "pnrr-measure-M4C2I1.04.00",
      ]);
    await layoutDone(page);
    await screenshot(page, "pnrr-view-1600-en");
    await page.close();
  });

  it("lists a cluster's leads: bodies implementing projects under its components, matched or not", async () => {
    const page = await openPnrr(1280, 720, "&pcl=cluster-aerospace&pc=M4C2");
    const leads = page.getByTestId("pnrr-leads");
    await leads.waitFor({ timeout: 30_000 });
    expect(await leads.locator("p").first().textContent()).toMatch(/contributes to M3C2, M4C2: 2 projects in Lombardy/);
    const polimi = leads.locator('[data-implementer="org-cf-80057930150"]');
    expect(await polimi.textContent()).toContain("≈ Politecnico di Milano");
    // The top implementers of the opened column come with it.
    expect(await page.getByTestId("pnrr-implementers").first().textContent()).toContain("POLITECNICO DI MILANO");
    await leads.scrollIntoViewIfNeeded();
    await screenshot(page, "pnrr-leads-1280-en");
    await page.close();
  });

  for (const [width, height, lang] of [
    [1280, 720, "it"],
    [390, 844, "it"],
    [390, 844, "en"],
  ] as const) {
    it(`reads at ${width} px in ${lang}`, async () => {
      const page = await openPnrr(width, height, `&pc=M4C2&pp=Milano${lang === "it" ? "&lang=it" : ""}`);
      if (lang === "it")
        expect(await page.getByTestId("pnrr-totals").textContent()).toMatch(/^Lombardia: 4 progetti PNRR, 3,3 mln €/);
      await page.locator('[data-project="pnrr-FIX0000000000A1"]').waitFor({ timeout: 30_000 });
      // The opened cell's projects are scrolled into view, not left below the panel's fold.
      await expect
        .poll(() =>
          page.evaluate(() => {
            const cup = document.querySelector('[data-project="pnrr-FIX0000000000A1"]');
            const box = cup?.getBoundingClientRect();
            const hit = box && document.elementFromPoint(box.left + box.width / 2, box.top + box.height / 2);
            return hit === cup;
          }),
        )
        .toBe(true);
      // The matrix scrolls inside its box on a phone: the page itself does not scroll sideways.
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
      // The graph under the panel drawn with its nodes: an empty graph is "laid out" before they arrive.
      await expect
        .poll(async () => Object.keys(await nodePositions(page)).length, {
          timeout: 30_000,
        })
        .toBeGreaterThan(0);
      await layoutDone(page);
      await screenshot(page, `pnrr-view-${width}-${lang}`);
      await page.close();
    });
  }
});
