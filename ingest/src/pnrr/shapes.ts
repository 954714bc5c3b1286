import path from "node:path";
import type { Table } from "../tables/read-table";

/** The kinds of file a release (and ISTAT) has, each recognised by its columns. */
export type FileKind = "projects" | "bodies" | "places" | "awards" | "framework" | "municipalities";

/** Column names compared as the publishers vary them: case, spaces, underscores. */
export const columnKey = (name: string): string =>
  name
    .toLowerCase()
    .replace(/[\s_]+/g, " ")
    .trim();

interface Shape {
  kind: FileKind;
  /** Every one of these must be present (compared by columnKey). */
  required: string[];
}

/** Most specific first: a projects file has a CUP too. */
const SHAPES: Shape[] = [
  {
    kind: "framework",
    required: ["Tipo Livello", "Codice Univoco Misura", "Codice Univoco Submisura", "Importo Totale"],
  },
  { kind: "municipalities", required: ["Codice Comune formato alfanumerico", "Denominazione in italiano", "NUTS3"] },
  { kind: "projects", required: ["CUP", "Codice Locale Progetto", "Titolo progetto", "Componente"] },
  { kind: "awards", required: ["CUP", "Codice Fiscale - P IVA Aggiudicatario", "Denominazione Aggiudicatario"] },
  { kind: "bodies", required: ["CUP", "codice fiscale ATTUATORE", "Denominazione ATTUATORE"] },
  { kind: "places", required: ["CUP", "Descrizione Regione", "Descrizione Provincia", "Descrizione Comune"] },
];

export class UnknownShapeError extends Error {}

/** Which kind of file a table is; refuses one of no known shape, naming the columns each kind needs. */
export function recogniseShape(table: Table): FileKind {
  const present = new Set(table.columns.map(columnKey));
  const shape = SHAPES.find((s) => s.required.every((c) => present.has(columnKey(c))));
  if (shape) return shape.kind;
  const expected = SHAPES.map((s) => `${s.kind}: ${s.required.join(", ")}`).join("; ");
  throw new UnknownShapeError(
    `${path.basename(table.file)}: not a file of a known shape (its columns: ${table.columns.slice(0, 12).join(", ")}${table.columns.length > 12 ? ", ..." : ""}). Expected the columns of one of: ${expected}`,
  );
}

/**
 * Every column the release builder reads, under every name the publishers give it. A Parquet file
 * is read for these columns only (the projects file has 50, of which the graph uses 16);
 * `cellReader` refuses a name missing here, so the list cannot fall behind the builder.
 */
export const COLUMNS_READ: ReadonlySet<string> = new Set(
  [
    // framework
    "Tipo Livello",
    "Componente",
    "Codice Univoco Misura",
    "Codice Univoco Submisura",
    "Descrizione Misura",
    "Descrizione Submisura",
    "Importo Totale",
    "Investimento o Riforma",
    "Amministrazione Titolare",
    // ISTAT municipalities
    "Codice Comune formato alfanumerico",
    "Codice Provincia (Storico)(1)",
    "Codice Regione",
    "Denominazione in italiano",
    "Denominazione dell'Unità territoriale sovracomunale (valida a fini statistici)",
    "Denominazione regione",
    "NUTS3",
    "NUTS2(3)",
    "NUTS2",
    // projects
    "CUP",
    "Codice Locale Progetto",
    "Titolo progetto",
    "Sintesi progetto",
    "Finanziamento PNRR",
    "FINANZIAMENTO_PNRR",
    "Finanziamento Totale",
    "FINANZ_TOTALE",
    "CUP Descrizione Settore",
    "Data aggiornamento",
    "Soggetto attuatore",
    "Codice fiscale soggetto attuatore",
    // bodies
    "codice fiscale ATTUATORE",
    "Denominazione ATTUATORE",
    "descrizione forma giuritica ATTUATORE",
    "descrizione forma giuridica ATTUATORE",
    "Codice ATECO ATTUTORE",
    "Codice ATECO ATTUATORE",
    // awards
    "Codice Fiscale - P IVA Aggiudicatario",
    "Denominazione Aggiudicatario",
    "Descrizione forma giuridica Aggiudicatario",
    "Codice ATECO Aggiudicatario",
    // places
    "Regione",
    "Codice Provincia",
    "Provincia",
    "COD_ISTAT_COMUNE",
    "Comune",
    "Descrizione Regione",
    "Descrizione Provincia",
    "Descrizione Comune",
  ].map(columnKey),
);

/** Each table's columns by their compared names: worked out once, asked for on every row of some files. */
const columnsByKey = new WeakMap<Table, Map<string, string>>();
function columnsOf(table: Table): Map<string, string> {
  let byKey = columnsByKey.get(table);
  if (!byKey) {
    byKey = new Map(table.columns.map((c) => [columnKey(c), c]));
    columnsByKey.set(table, byKey);
  }
  return byKey;
}

/** Reads a cell by column name as the publishers vary it; the first name present wins. */
/** Reads the values of the columns the import reads, and no other. */
export const readsColumn = (name: string): boolean => COLUMNS_READ.has(columnKey(name));

export function cellReader(table: Table): (row: Record<string, unknown>, ...names: string[]) => unknown {
  const byKey = columnsOf(table);
  // Which column answers a list of names is worked out once: the reader runs for every cell.
  const resolved = new Map<string, string | undefined>();
  return (row, ...names) => {
    const asked = names.length === 1 ? (names[0] as string) : names.join("\u0000");
    let column = resolved.get(asked);
    if (column === undefined && !resolved.has(asked)) {
      const unlisted = names.find((name) => !COLUMNS_READ.has(columnKey(name)));
      if (unlisted !== undefined) throw new Error(`column '${unlisted}' is read but not listed in COLUMNS_READ`);
      column = names.map((name) => byKey.get(columnKey(name))).find((c) => c !== undefined);
      resolved.set(asked, column);
    }
    return column === undefined ? undefined : row[column];
  };
}

/** The actual column name in the file for the first of `names` present (for reports). */
export function columnName(table: Table, ...names: string[]): string {
  const byKey = columnsOf(table);
  for (const name of names) {
    const column = byKey.get(columnKey(name));
    if (column !== undefined) return column;
  }
  return names[0] ?? "";
}
