import path from "node:path";
import type { Table } from "../../tables/read-table";
import { isoDate } from "../../tables/values";
import { ISTAT_URL, ITALIA_DOMANI_URL, LICENCE, PUBLISHER } from "../release-model";
import { cellReader, type FileKind } from "../shapes";
import type { ReleaseDraft } from "./release-draft";

const slug = (s: string): string =>
  s
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-|-$/g, "");

/** The release's date: the one given, else the latest update any of its projects has. */
function releaseDateOf(projects: Table | undefined, given: string | undefined): string | null {
  if (given) return given;
  if (!projects) return null;
  const read = cellReader(projects);
  let latest: string | null = null;
  for (const row of projects.rows) {
    const date = isoDate(read(row, "Data aggiornamento"));
    if (date !== null && (latest === null || date > latest)) latest = date;
  }
  return latest;
}

/** One Source per file read (publisher, date, licence), and the release's date. */
export function buildSources(draft: ReleaseDraft, tables: Map<FileKind, Table>): void {
  const { options } = draft;
  draft.releaseDate = releaseDateOf(tables.get("projects"), options.releaseDate);
  const releaseKey = draft.releaseDate ?? slug(options.releaseName);
  const addSource = (kind: FileKind, table: Table): void => {
    const istat = kind === "municipalities";
    const id = istat
      ? `src-istat-${slug(path.basename(table.file, path.extname(table.file)))}`
      : `src-italia-domani-${releaseKey}-${kind}`;
    draft.sourceOf.set(kind, id);
    draft.sources.push({
      id,
      title: istat
        ? `ISTAT, Elenco dei comuni italiani (${path.basename(table.file)})`
        : `Italia Domani, PNRR open data: ${path.basename(table.file)}`,
      publisher: istat ? "ISTAT" : PUBLISHER,
      date: istat ? null : draft.releaseDate,
      licence: istat ? "CC BY 3.0 IT" : LICENCE,
      reference: path.basename(table.file),
      fileKind: kind,
      language: "it",
      url: istat ? ISTAT_URL : ITALIA_DOMANI_URL,
    });
  };
  for (const [kind, table] of tables) addSource(kind, table);
  if (options.istat && !draft.sourceOf.has("municipalities")) addSource("municipalities", options.istat);
}
