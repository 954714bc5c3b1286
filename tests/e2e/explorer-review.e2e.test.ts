/**
 * The explorer as the last review tried it: each finding it reported, clicked through in Chromium,
 * and the app looked at in both languages at a desktop, a laptop and a phone width.
 */
import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { appInBrowser, layoutDone, nodePositions, screenshot, screenshotDir } from "../support/browser";

const { helper, browser } = appInBrowser();

const SIZES = [
  { name: "1600", width: 1600, height: 900 },
  { name: "1280", width: 1280, height: 720 },
  { name: "390", width: 390, height: 844 },
] as const;

async function openApp(size: { width: number; height: number }, query = ""): Promise<Page> {
  const page = await browser().newPage({ viewport: { width: size.width, height: size.height } });
  await page.goto(`${helper.url}/${query}`);
  await page.waitForFunction(() => window.__kgReady !== undefined, null, { timeout: 60_000 });
  return page;
}

/** The element the user would hit at the centre of a locator's box: is it the locator's own? */
async function hitsItself(page: Page, selector: string): Promise<boolean> {
  return page.evaluate((sel) => {
    const element = document.querySelector(sel);
    if (!element) return false;
    const box = element.getBoundingClientRect();
    const hit = document.elementFromPoint(box.left + box.width / 2, box.top + box.height / 2);
    return hit !== null && (hit === element || element.contains(hit));
  }, selector);
}

describe("the table view", () => {
  it("is seen and clicked, not hidden under the canvas", async () => {
    const page = await openApp(SIZES[0]);
    await page.getByRole("button", { name: "Table view" }).click();
    const row = page.locator('[data-node-id="cluster-energy"] button').first();
    await row.waitFor();
    expect(await hitsItself(page, '[data-node-id="cluster-energy"] button')).toBe(true);
    await row.click();
    await expect
      .poll(() => page.getByTestId("details-panel").locator("h2").textContent(), { timeout: 30_000 })
      .toBe("Lombardy Energy Cleantech Cluster");
    await screenshot(page, "review-table-1600-en");
    await page.close();
  });
});

describe("the synergy heatmap", () => {
  it("marks the pair whose score rests mostly on disputed links, and can leave them out", async () => {
    const page = await openApp(SIZES[0], "?an=synergies");
    const cell = page.locator('[data-pair="cluster-green-chemistry~cluster-mobility"]');
    await cell.waitFor({ timeout: 30_000 });
    expect(await cell.getAttribute("aria-label")).toMatch(
      /^LGCA × CLM: \d+\.\d \(\d+% of this score rests on disputed links\)$/,
    );
    const marked = await cell.evaluate((b) => b.closest("td")?.classList.contains("mostly-disputed"));
    expect(marked).toBe(true);
    await screenshot(page, "review-heatmap-disputed-1600-en");
    const before = Number(/: (\d+\.\d)/.exec((await cell.getAttribute("aria-label")) ?? "")?.[1]);
    await page.getByRole("checkbox", { name: "Scores without disputed evidence" }).check();
    const after = Number(/: (\d+\.\d)/.exec((await cell.getAttribute("aria-label")) ?? "")?.[1]);
    expect(after).toBeLessThan(before / 2);
    await page.close();
  });
});

describe("a focus", () => {
  it("says it is on and how much it shows, shows more, and is left without a reset", async () => {
    const page = await openApp(SIZES[1], "?focus=cluster-energy~2");
    const bar = page.getByTestId("focus-bar");
    await bar.waitFor({ timeout: 30_000 });
    const text = (await bar.textContent()) ?? "";
    const [, shown, total] = /(\d+) of (\d+) neighbours shown/.exec(text) ?? [];
    expect(text).toContain("Focus on LE2C, depth 2:");
    expect(Number(shown)).toBeLessThanOrEqual(Number(total));
    await layoutDone(page);
    await screenshot(page, "review-focus-1280-en");
    if (Number(shown) < Number(total)) {
      await bar.getByRole("button", { name: /^Show \d+ more$/ }).click();
      await expect.poll(async () => /(\d+) of/.exec((await bar.textContent()) ?? "")?.[1]).not.toBe(shown);
    }
    await bar.getByRole("button", { name: "Leave focus" }).click();
    await bar.waitFor({ state: "detached" });
    expect(page.url()).not.toContain("focus=");
    await page.close();
  });
});

describe("the keyboard", () => {
  it("skips to the graph, walks its nodes, opens one, closes it with Escape, zooms, and moves between tabs", async () => {
    const page = await openApp(SIZES[1], "?an=synergies");
    await layoutDone(page);
    await page.keyboard.press("Tab");
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe("Skip to the graph");
    await page.keyboard.press("Enter");
    expect(await page.evaluate(() => document.activeElement?.id)).toBe("graph-stage");

    const canvas = page.getByTestId("graph-canvas");
    await canvas.focus();
    await page.keyboard.press("ArrowRight");
    const said = (await page.getByTestId("graph-keyboard").textContent()) ?? "";
    expect(said).toMatch(/ \(1 \/ 23\)$/);
    await page.keyboard.press("Enter");
    const name = said.replace(/ \(1 \/ 23\)$/, "");
    await expect
      .poll(() => page.getByTestId("details-panel").locator("h2").textContent(), { timeout: 30_000 })
      .toBe(name);
    await screenshot(page, "review-keyboard-1280-en");
    await page.keyboard.press("Escape");
    await page.getByTestId("details-panel").waitFor({ state: "detached" });

    const zoom = async () => Number((await canvas.getAttribute("data-zoom")) ?? NaN);
    // Closing the details widened the graph, which refits itself: start from a fitted view.
    await page.getByRole("button", { name: "Fit" }).click();
    await expect.poll(zoom).toBeGreaterThan(0);
    const fitted = await zoom();
    await page.getByRole("button", { name: "Zoom in" }).click();
    await expect.poll(zoom).toBeCloseTo(fitted * 1.25, 2);
    await page.getByRole("button", { name: "Fit" }).click();
    await expect.poll(zoom).toBeCloseTo(fitted, 2);

    await page.getByRole("tab", { name: "Synergies" }).focus();
    await page.keyboard.press("ArrowRight");
    expect(await page.getByRole("tab", { name: "Partner finder" }).getAttribute("aria-selected")).toBe("true");
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe("Partner finder");
    await page.keyboard.press("End");
    expect(await page.getByRole("tab", { name: "PNRR projects" }).getAttribute("aria-selected")).toBe("true");
    await page.close();
  });

  it("says the graph is laid out, not 'laying out' for ever, when the API is down", async () => {
    const page = await browser().newPage({ viewport: { width: 1280, height: 720 } });
    await page.route("**/graphql", (route) => route.abort());
    await page.goto(`${helper.url}/`);
    await page.getByRole("alert").waitFor({ timeout: 30_000 });
    expect(await page.locator(".busy").count()).toBe(0);
    await page.close();
  });
});

describe("layouts", () => {
  it("keeps what is placed where it is when the graph grows, and lays out only the new nodes", async () => {
    const page = await openApp(SIZES[1], "?layout=fcose&exp=cluster-energy~~50&sel=cluster-aerospace");
    await layoutDone(page);
    const positions = () => nodePositions(page);
    const before = await positions();
    const count = Object.keys(before).length;
    expect(count).toBeGreaterThan(23);
    // Expand a second node: its new neighbours arrive, nobody already drawn moves.
    await page.getByTestId("details-panel").getByRole("button", { name: "Expand all neighbours" }).click();
    await expect.poll(async () => Object.keys(await positions()).length, { timeout: 30_000 }).toBeGreaterThan(count);
    await layoutDone(page);
    const after = await positions();
    const moved = Object.entries(before).filter(([id, p]) => {
      const q = after[id];
      return !q || Math.hypot(q.x - p.x, q.y - p.y) > 1;
    });
    expect(moved.map(([id]) => id)).toEqual([]);
    await screenshot(page, "review-expand-in-place-1280-en");
    await page.close();
  });
});

describe("labels", () => {
  it("do not overlap each other on a grown force-directed graph", async () => {
    const page = await openApp(SIZES[0], "?layout=fcose&exp=cluster-energy,cluster-aerospace&sel=cluster-energy");
    await layoutDone(page);
    const boxes = await page.evaluate(() => window.__kgLabelBoxes?.() ?? []);
    expect(boxes.length).toBeGreaterThan(50);
    const overlapping = boxes.flatMap((a, i) =>
      boxes
        .slice(i + 1)
        .filter((b) => a.x1 < b.x2 && b.x1 < a.x2 && a.y1 < b.y2 && b.y1 < a.y2)
        .map((b) => `${a.id}/${b.id}`),
    );
    console.log(`labels: ${boxes.length}, overlapping pairs: ${overlapping.length}`);
    // Before labels took room in the layout: 95 pairs among 102 labels; now a handful.
    expect(overlapping.length).toBeLessThanOrEqual(boxes.length / 10);
    await screenshot(page, "review-labels-fcose-1600-en");
    await page.close();
  });
});

describe("the details in Italian", () => {
  it("gives disagreements and programme texts in Italian, said to be our translation", async () => {
    const page = await openApp(SIZES[1], "?lang=it&sel=cluster-life-sciences");
    const details = page.getByTestId("details-panel");
    const disagreement = details.locator('[data-disagreement="dis-pnrr-m6-numbering"]');
    await disagreement.waitFor({ timeout: 30_000 });
    expect(await disagreement.locator("h4").textContent()).toBe(
      "Numerazione delle componenti della Missione 6 del PNRR",
    );
    expect(await disagreement.locator("p").first().textContent()).toMatch(
      /^La sezione Life Sciences chiama .*\(traduzione nostra\)$/,
    );
    await page.close();
    const programme = await openApp(SIZES[1], "?lang=it&exp=prog-ris3&sel=prog-ris3");
    const panel = programme.getByTestId("details-panel");
    await panel
      .getByRole("heading", {
        name: "Strategia regionale di specializzazione intelligente per la ricerca e l'innovazione",
      })
      .waitFor({ timeout: 30_000 });
    const description = panel.locator("dl.properties div", { has: programme.locator('dt[title="description"]') });
    expect(await description.locator("dd").textContent()).toMatch(
      /^La Strategia di specializzazione intelligente della Lombardia.*\(traduzione nostra\)$/,
    );
    expect(await panel.locator('dt[title="descriptionIt"]').count()).toBe(0);
    await screenshot(programme, "review-programme-1280-it");
    await programme.close();
  });
});

describe("quotes", () => {
  it("read as text, not as extracted, and keep the extracted words one hover away", async () => {
    const page = await openApp(SIZES[0], "?sel=cluster-energy");
    const quote = page
      .getByTestId("details-panel")
      .locator('[data-verbatim^="REFERENCE ECOSYSTEM Sustainability"]')
      .first();
    await quote.waitFor({ timeout: 30_000 });
    expect(await quote.textContent()).toMatch(/^“Reference ecosystem Sustainability Technology areas/);
    expect(await quote.getAttribute("title")).toMatch(
      /^As extracted from the document: “REFERENCE ECOSYSTEM Sustainability TECHNOLOGY AREAS/,
    );
    await page.close();
  });
});

describe("a cluster's page", () => {
  it("lists members, projects and figures, sorts them, and puts two clusters side by side", async () => {
    const page = await openApp(SIZES[0], "?sel=cluster-aerospace");
    await page.getByTestId("details-panel").getByRole("button", { name: "Cluster page" }).click();
    const sheet = page.locator('[data-cluster="cluster-aerospace"]');
    // The sources give the count of members, not their names: the page says so rather than "0".
    await sheet.locator(".table-empty").waitFor({ timeout: 30_000 });
    expect(await sheet.locator(".table-empty").textContent()).toBe(
      "Members named in the sources: the sources name none of its 114 members.",
    );
    const projects = sheet.locator("table.sortable").first();
    expect(await projects.locator("tbody tr").count()).toBeGreaterThanOrEqual(5);
    const acronyms = () => projects.locator("tbody tr td:first-child").allTextContents();
    const listed = await acronyms();
    await projects.getByRole("button", { name: "Acronym" }).click();
    const ascending = await acronyms();
    expect(ascending).toEqual([...listed].sort((a, b) => a.localeCompare(b)));
    await projects.getByRole("button", { name: "Acronym" }).click();
    expect(await acronyms()).toEqual([...ascending].reverse());
    expect(page.url()).toContain("cluster=cluster-aerospace");
    await screenshot(page, "review-cluster-page-1600-en");
    await page.getByRole("combobox", { name: "Compare with" }).selectOption("cluster-energy");
    await page.locator('[data-cluster="cluster-energy"]').waitFor({ timeout: 30_000 });
    await page.getByTestId("shared").waitFor({ timeout: 30_000 });
    expect(page.url()).toContain("cluster=cluster-aerospace%2Ccluster-energy");
    await screenshot(page, "review-compare-1600-en");
    await page.close();
  });
});

describe("exports", () => {
  it("writes CSV that Excel in Italian reads: a byte-order mark, semicolons, accents kept", async () => {
    const page = await openApp(SIZES[1], "?lang=it");
    const [download] = await Promise.all([
      page.waitForEvent("download"),
      page.getByRole("button", { name: "Nodi CSV" }).click(),
    ]);
    const text = readFileSync((await download.path()) ?? "", "utf8");
    expect(text.startsWith("\uFEFF")).toBe(true);
    expect(text.slice(1).split("\r\n")[0]).toBe("id;type;name;nameIt;shortName");
    expect(text).toContain("Sostenibilità");
    await page.close();
  });
});

describe("the PNG export", () => {
  it("has a title band and the legend above the graph", async () => {
    const page = await openApp(SIZES[1]);
    await layoutDone(page);
    const [download] = await Promise.all([
      page.waitForEvent("download"),
      page.getByRole("button", { name: "PNG" }).click(),
    ]);
    const png = readFileSync((await download.path()) ?? "");
    writeFileSync(path.join(screenshotDir, "review-export-png-1280-en.png"), png);
    // The title band is the app's navy, where a bare graph image would be white.
    const corner = await page.evaluate(async (base64) => {
      // An image element, as the app's CSP allows data: images (and no fetch of data: URLs).
      const image = new Image();
      image.src = `data:image/png;base64,${base64}`;
      await image.decode();
      const canvas = document.createElement("canvas");
      canvas.width = image.width;
      canvas.height = image.height;
      const context = canvas.getContext("2d")!;
      context.drawImage(image, 0, 0);
      return [...context.getImageData(4, 4, 1, 1).data.slice(0, 3)];
    }, png.toString("base64"));
    expect(corner).toEqual([0x1d, 0x2f, 0x4e]);
    await page.close();
  });
});

describe("about the data", () => {
  it("lists the documents with publisher and date, and says what ours and disputed mean, in both languages", async () => {
    const page = await openApp(SIZES[1]);
    await page.getByRole("button", { name: "About the data" }).click();
    const about = page.getByTestId("about-page");
    await about.locator("[data-source]").first().waitFor({ timeout: 30_000 });
    expect(await about.locator("[data-source]").count()).toBe(6);
    expect(await about.locator('[data-source="src-pnrr"] a').getAttribute("href")).toBe(
      "https://www.italiadomani.gov.it/",
    );
    expect(await about.getByRole("heading", { name: "Disputed" }).isVisible()).toBe(true);
    expect(page.url()).toContain("about=1");
    await screenshot(page, "review-about-1280-en");
    await page.close();
    const phone = await openApp(SIZES[2], "?about=1&lang=it");
    await phone.getByTestId("about-page").locator("[data-source]").first().waitFor({ timeout: 30_000 });
    expect(await phone.getByRole("heading", { name: "Contestato" }).isVisible()).toBe(true);
    await screenshot(phone, "review-about-390-it");
    await phone.close();
  });
});

describe("breadth-first on an expanded graph", () => {
  it("lays the levels on rings around the root, not on one long line", async () => {
    const page = await openApp(
      SIZES[1],
      "?layout=breadthfirst&exp=cluster-energy,cluster-aerospace&sel=cluster-energy",
    );
    await layoutDone(page);
    const points = Object.values(await nodePositions(page));
    const span = (axis: "x" | "y") => Math.max(...points.map((p) => p[axis])) - Math.min(...points.map((p) => p[axis]));
    expect(points.length).toBeGreaterThan(50);
    // Rows made it 10-20 times wider than tall; rings make it about round.
    expect(span("y") / span("x")).toBeGreaterThan(0.5);
    await screenshot(page, "review-breadthfirst-1280-en");
    await page.close();
  });
});

describe("filters", () => {
  it("says when nothing matches and offers to clear", async () => {
    // Start view: no node is both in the Nutrition ecosystem and in Mission 5.
    const page = await openApp(SIZES[1], "?eco=s3-nutrition&mission=5");
    const empty = page.getByRole("status").filter({ hasText: "Nothing matches these filters." });
    await empty.waitFor({ timeout: 30_000 });
    await screenshot(page, "review-nothing-matches-1280-en");
    await empty.getByRole("button", { name: "Clear filters" }).click();
    await expect.poll(() => page.getByTestId("visible-count").textContent()).toBe("23 / 23 visible");
    await page.close();
  });
});

describe("coverage and paths", () => {
  it("names the targets, fits at 1600 px, and a covered cell opens how the cluster reaches it", async () => {
    const page = await openApp(SIZES[0], "?an=coverage");
    const coverage = page.getByTestId("coverage");
    await coverage.waitFor({ timeout: 30_000 });
    expect(await page.locator(".coverage .target-name").first().textContent()).not.toBe("");
    // Nothing wider than the window: the tables scroll inside the panel if they must.
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(1600);
    await screenshot(page, "review-coverage-1600-en");
    const cell = page.locator('[data-cell="cluster-energy~pnrr-m2c2"]');
    await cell.click();
    await expect.poll(() => page.url()).toContain("an=paths");
    await page.getByTestId("path-results").waitFor({ timeout: 30_000 });
    expect(await page.getByTestId("path-from").textContent()).toBe("LE2C");
    await page.close();
  });

  it("avoids hubs on request: the paths change and the choice is in the URL", async () => {
    const page = await openApp(SIZES[1], "?an=paths&from=cluster-energy&to=cluster-aerospace");
    const results = page.getByTestId("path-results");
    await results.waitFor({ timeout: 30_000 });
    const plain = await results.textContent();
    await page.getByRole("checkbox", { name: "Avoid hubs (nodes every cluster links to)" }).check();
    await expect.poll(() => page.url()).toContain("hubs=avoid");
    await expect.poll(() => results.textContent(), { timeout: 30_000 }).not.toBe(plain);
    await layoutDone(page);
    await screenshot(page, "review-paths-avoid-hubs-1280-en");
    // The legend counts each drawn node once, however many paths go through it.
    const drawn = Object.keys(await nodePositions(page)).length;
    expect(await page.getByTestId("visible-count").textContent()).toBe(`${drawn} / ${drawn} visible`);
    await page.close();
  });

  it("names both ends when no path joins them, never their ids", async () => {
    const page = await openApp(SIZES[1], "?an=paths&from=cluster-energy&to=dis-aero-sector-size");
    const none = page.getByTestId("no-path");
    const results = page.getByTestId("path-results");
    await Promise.race([none.waitFor({ timeout: 30_000 }), results.waitFor({ timeout: 30_000 })]);
    expect(await page.getByTestId("path-from").textContent()).toBe("LE2C");
    expect(await page.getByTestId("path-to").textContent()).not.toContain("dis-");
    await page.close();
  });
});

describe("the partner finder", () => {
  it("picks a topic in Italian and says what is missing next to the field", async () => {
    const page = await openApp(SIZES[1], "?an=partners&lang=it");
    await page.getByRole("button", { name: "Trova partner" }).click();
    expect(await page.locator(".field-error").textContent()).toBe("Scegli chi cerca partner.");
    await page.getByRole("combobox", { name: "Chi cerca partner", exact: true }).selectOption("cluster-aerospace");
    await page.getByRole("combobox", { name: "Per", exact: true }).selectOption("topic");
    const topic = page.getByRole("combobox", { name: "Tema", exact: true });
    await topic.locator('option[value="topic-hydrogen"]').waitFor({ state: "attached", timeout: 30_000 });
    expect(await topic.locator('option[value="topic-hydrogen"]').textContent()).toBe("Idrogeno");
    await topic.selectOption("topic-hydrogen");
    await page.getByRole("button", { name: "Trova partner" }).click();
    await page.getByTestId("partner-results").waitFor({ timeout: 30_000 });
    // The reasons in Italian; names as the sources give them.
    expect(await page.getByTestId("partner-results").textContent()).toContain(
      "Lombardy Mobility Cluster partecipa a SHINE, che tratta Idrogeno",
    );
    await screenshot(page, "review-partners-1280-it");
    await page.goBack();
    await expect
      .poll(() => page.getByRole("combobox", { name: "Chi cerca partner", exact: true }).inputValue())
      .toBe("");
    await page.close();
  });
});

describe("search", () => {
  const options = async (page: Page, text: string): Promise<{ group: string; names: string[] }[]> => {
    const input = page.locator("input[type=search]");
    await input.fill("");
    await page.getByRole("listbox").waitFor({ state: "detached" });
    await input.fill(text);
    await page.getByRole("option").first().waitFor({ timeout: 30_000 });
    return page.getByRole("group").evaluateAll((groups) =>
      groups.map((g) => ({
        group: g.getAttribute("aria-label") ?? "",
        names: [...g.querySelectorAll('[role="option"] .hit-name')].map((n) => n.textContent ?? ""),
      })),
    );
  };

  it("finds names with 'and' in them, grouped by type", async () => {
    const page = await openApp(SIZES[1]);
    const groups = await options(page, "Inclusion and cohesion");
    expect(groups[0]).toEqual({ group: "PNRR mission", names: ["Inclusion and cohesion"] });
    await screenshot(page, "review-search-and-1280-en");
    await page.close();
  });

  it("finds by Italian words, codes and with a typo, in Italian", async () => {
    const page = await openApp(SIZES[1], "?lang=it");
    const hydrogen = await options(page, "idrogeno");
    expect(hydrogen.find((g) => g.group === "Tema")?.names).toContain("Idrogeno");
    expect(hydrogen.find((g) => g.group === "Progetto")?.names.length).toBeGreaterThanOrEqual(2);
    await screenshot(page, "review-search-idrogeno-1280-it");
    const m2c1 = await options(page, "M2C1");
    expect(m2c1[0]?.group).toBe("Componente PNRR");
    const typo = await options(page, "aerospce");
    expect(typo.flatMap((g) => g.names)).toContain("Lombardia Aerospace Cluster");
    expect(await page.locator(".search-note").textContent()).toBe("Nessun nome corrisponde: nomi simili");
    await screenshot(page, "review-search-typo-1280-it");
    await page.close();
  });
});

describe("the app at every width, in both languages", () => {
  for (const size of SIZES) {
    for (const lang of ["en", "it"] as const) {
      it(`shows the start view at ${size.width} px in ${lang}`, async () => {
        const page = await openApp(size, lang === "it" ? "?lang=it" : "");
        await layoutDone(page);
        await screenshot(page, `review-start-${size.name}-${lang}`);
        const canvas = await page.getByTestId("graph-canvas").boundingBox();
        // The graph is the point of the page: at least half the height of a phone, most of a desktop.
        expect(canvas?.height ?? 0).toBeGreaterThanOrEqual(size.height * 0.5);
        const search = await page.locator("input[type=search]").boundingBox();
        expect(search?.height ?? 0).toBeGreaterThanOrEqual(36);
        // Room to type a query, in the longer Italian header too.
        expect(search?.width ?? 0).toBeGreaterThanOrEqual(size.width > 760 ? 300 : 340);
        await page.close();
      });
    }
  }
});
