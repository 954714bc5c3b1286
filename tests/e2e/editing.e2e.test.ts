/**
 * The newcomer's path of docs/editing.md ("Keeping the graph current"): an editor created with
 * `npm run users`, signs in, imports a roster from the template (dry run, then apply), finds a new
 * member with its source, edits it and sees its history; an admin undoes the edit and the import.
 */
import { execFile } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { appInBrowser, screenshot } from "../support/browser";
import { repoRoot } from "../support/test-helper";

const { helper, browser } = appInBrowser();
const PASSWORD = "energia pulita 2026";
const run = promisify(execFile);

async function users(...args: string[]): Promise<string> {
  const { stdout } = await run("npx", ["tsx", "cli/src/users-command.ts", ...args], {
    cwd: repoRoot,
    env: {
      ...process.env,
      NEO4J_URI: helper.neo4j.uri,
      NEO4J_USER: helper.neo4j.user,
      NEO4J_PASSWORD: helper.neo4j.password,
      USER_PASSWORD: PASSWORD,
    },
  });
  return stdout;
}

/** The template's header and two members, as a cluster manager fills it in Italian Excel. */
function rosterFile(): string {
  const header = readFileSync(path.join(repoRoot, "docs", "templates", "roster-members.csv"), "utf8").trim();
  const file = path.join(mkdtempSync(path.join(os.tmpdir(), "roster-")), "soci-le2c-2026.csv");
  writeFileSync(
    file,
    `\uFEFF${header}\r\n;Nuova Energia Lombarda Srl;;NEL;company;https://nuova-energia.example.it;Brescia;01234567890;socio dal 2026\r\n;Idrogeno Valtellina S.p.A.;;;company;;Sondrio;;\r\n`,
  );
  return file;
}

async function signIn(page: Page, name: string): Promise<void> {
  await page.getByRole("button", { name: /^(Sign in|Accedi)$/ }).click();
  const form = page.getByTestId("sign-in");
  await form.getByLabel(/Name|Nome/).fill(name);
  await form.getByLabel("Password").fill(PASSWORD);
  await form.getByRole("button", { name: /^(Sign in|Accedi)$/ }).click();
  await page.getByRole("button", { name: /^(Sign out|Esci)$/ }).waitFor({ timeout: 30_000 });
}

beforeAll(async () => {
  expect(await users("add", "anna", "--role", "editor", "--cluster", "cluster-energy")).toContain(
    "Created editor 'anna' for cluster-energy",
  );
  expect(await users("add", "boss", "--role", "admin")).toContain("Created admin 'boss'");
}, 120_000);
afterAll(() => helper.restoreCuratedGraph());

describe("keeping the graph current", () => {
  it("imports a roster, edits a new member with its source, and an admin undoes both", async () => {
    const page = await browser().newPage({ viewport: { width: 1600, height: 900 } });
    page.on("dialog", (d) => void d.accept());
    await page.goto(`${helper.url}/`);
    await signIn(page, "anna");
    expect(await page.getByTestId("signed-in").textContent()).toBe("anna (editor)");

    // Dry run: nothing written, each row said.
    const importer = page.getByTestId("roster-import");
    await importer.locator("input[type=file]").setInputFiles(rosterFile());
    await importer.getByRole("button", { name: "Check (dry run)" }).click();
    const summary = page.getByTestId("roster-summary");
    await expect
      .poll(() => summary.textContent(), { timeout: 30_000 })
      .toBe(
        "Dry run of soci-le2c-2026.csv: nothing was written. 2 added, 0 changed, 0 conflicting, 0 unchanged, 0 with errors.",
      );
    expect(await importer.locator("tr[data-row='2']").textContent()).toContain("Nuova Energia Lombarda Srl");
    await screenshot(page, "editing-dry-run-1600-en");
    await importer.getByRole("button", { name: "Apply all 2 rows" }).click();
    await expect
      .poll(() => summary.textContent(), { timeout: 30_000 })
      .toMatch(/^Imported soci-le2c-2026\.csv: 2 added/);
    await screenshot(page, "editing-applied-1600-en");

    // The new member, found by search, with the roster as its source.
    await page.getByTestId("editing-page").getByRole("button", { name: "Close" }).click();
    await page.locator("input[type=search]").fill("Nuova Energia Lombarda");
    await page.getByRole("option").first().waitFor({ timeout: 30_000 });
    await page.keyboard.press("Enter");
    const details = page.getByTestId("details-panel");
    await expect
      .poll(() => details.locator("h2").textContent(), { timeout: 30_000 })
      .toBe("Nuova Energia Lombarda Srl");
    await details.locator(".quote").first().waitFor({ timeout: 30_000 });
    expect(await details.textContent()).toContain("Members of Lombardy Energy Cleantech Cluster (soci-le2c-2026.csv)");
    expect(await details.textContent()).toContain("soci-le2c-2026.csv, row 2: Nuova Energia Lombarda Srl");

    // Edit its website with a new source; the history shows before and after.
    const editor = page.getByTestId("node-editor");
    await editor.getByRole("button", { name: "Set a value" }).click();
    await editor.getByLabel("Field").selectOption("website");
    await editor.getByLabel("New value").fill("https://www.nuovaenergialombarda.it");
    await editor.getByLabel("Document title").fill("Nuova Energia Lombarda: contatti");
    await editor.getByLabel("Web address").fill("https://www.nuovaenergialombarda.it/contatti");
    await editor.getByLabel("Its words that state it").fill("Sito: www.nuovaenergialombarda.it");
    await editor.getByRole("button", { name: "Save" }).click();
    await expect
      .poll(() => editor.getByRole("status").textContent(), { timeout: 30_000 })
      .toMatch(/^Saved: Nuova Energia Lombarda Srl: website set/);
    const history = page.getByTestId("node-history");
    await expect
      .poll(() => history.textContent(), { timeout: 30_000 })
      .toContain("https://nuova-energia.example.it → website: https://www.nuovaenergialombarda.it");
    await editor.scrollIntoViewIfNeeded();
    await screenshot(page, "editing-history-1600-en");

    // An admin: undoing the import first is refused (the edit came later), then the edit, then the import.
    await page.getByRole("button", { name: "Sign out" }).click();
    await signIn(page, "boss");
    await page.getByRole("tab", { name: "History" }).click();
    const changes = page.getByTestId("change-history");
    await changes.getByRole("button", { name: "All changes I may see" }).click();
    const importSet = changes.locator("li", { hasText: "Roster soci-le2c-2026.csv" });
    await importSet.waitFor({ timeout: 30_000 });
    await importSet.getByRole("button", { name: "Undo" }).click();
    await expect
      .poll(() => changes.getByRole("alert").textContent(), { timeout: 30_000 })
      .toMatch(/Cannot undo change \d+ .*Undo the later change first/);
    await changes.locator("li", { hasText: "website set" }).getByRole("button", { name: "Undo" }).click();
    await expect
      .poll(() => changes.getByRole("status").first().textContent(), { timeout: 30_000 })
      .toMatch(/^Undone: Nuova Energia Lombarda Srl: website set/);
    await changes.locator("li", { hasText: "Roster soci-le2c-2026.csv" }).getByRole("button", { name: "Undo" }).click();
    await expect
      .poll(() => changes.getByRole("status").first().textContent(), { timeout: 30_000 })
      .toMatch(/^Undone: Roster soci-le2c-2026\.csv/);
    await screenshot(page, "editing-undone-1600-en");
    const { records } = await helper.driver.executeQuery(
      "OPTIONAL MATCH (o:Organization) WHERE o.name IN ['Nuova Energia Lombarda Srl', 'Idrogeno Valtellina S.p.A.'] RETURN count(o) AS n",
      {},
      { database: helper.neo4j.database },
    );
    expect(records[0]?.get("n")).toBe(0);
    await page.close();
  });

  it("shows the editing page in Italian on a laptop and a phone, and refuses a wrong password plainly", async () => {
    for (const [width, height] of [
      [1280, 720],
      [390, 844],
    ] as const) {
      const page = await browser().newPage({ viewport: { width, height } });
      await page.goto(`${helper.url}/?lang=it&edit=import`);
      const form = page.getByTestId("sign-in");
      await form.getByLabel("Nome").fill("anna");
      await form.getByLabel("Password").fill("not the password");
      await form.getByRole("button", { name: "Accedi" }).click();
      await expect
        .poll(() => form.getByRole("alert").textContent(), { timeout: 30_000 })
        .toBe("The name or the password is wrong.");
      await form.getByLabel("Password").fill(PASSWORD);
      await form.getByRole("button", { name: "Accedi" }).click();
      await page.getByRole("button", { name: "Esci" }).waitFor({ timeout: 30_000 });
      expect(await page.getByRole("button", { name: "Modifica" }).getAttribute("title")).toBe("anna (editor)");
      // Every action of the header in sight, none scrolled off the edge.
      const actions = await page
        .locator(".topbar-actions > *:visible")
        .evaluateAll((els) => els.map((el) => ({ text: el.textContent, right: el.getBoundingClientRect().right })));
      expect(actions.map((a) => a.text)).toContain("Informazioni sui dati");
      for (const action of actions) expect(action.right, action.text ?? "").toBeLessThanOrEqual(width);
      // The file picker speaks the page's language, not the browser's.
      const importer = page.getByTestId("roster-import");
      expect(await importer.locator(".file-button").textContent()).toBe("Scegli un file…");
      expect(await importer.getByTestId("roster-file-name").textContent()).toBe("Nessun file scelto");
      await importer.locator("input[type=file]").setInputFiles(rosterFile());
      expect(await importer.getByTestId("roster-file-name").textContent()).toBe("soci-le2c-2026.csv");
      await importer.getByRole("button", { name: "Verifica (prova)" }).click();
      await expect
        .poll(() => page.getByTestId("roster-summary").textContent(), { timeout: 30_000 })
        .toMatch(/^Prova di soci-le2c-2026\.csv: nulla è stato scritto\. 2 aggiunte/);
      // The report is in view and no wider than the screen.
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      expect(overflow).toBeLessThanOrEqual(0);
      await screenshot(page, `editing-dry-run-${width}-it`);
      await page.close();
    }
  });
});
