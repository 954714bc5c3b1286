import { readSheet } from "read-excel-file/node";
import { decodeText, parseDelimited } from "@lombardy-kg/ingest";
import { EditError } from "./edit-error";
import { checkWorkbookSize } from "./workbook-limits";

import type { RosterKind, RosterMemberColumn, RosterProjectColumn } from "../generated/rest-types";

export type { RosterKind };

/**
 * Each kind's columns (the contract's, schema/rest.graphql: a column there and not here, or here
 * and not there, does not compile): the name in the template, and the names Italian sheets often use.
 */
export const ROSTER_COLUMNS: {
  members: Record<RosterMemberColumn, string[]>;
  projects: Record<RosterProjectColumn, string[]>;
} = {
  members: {
    id: ["id"],
    name: ["name", "nome", "denominazione", "ragione sociale"],
    nameIt: ["nameit", "nome italiano"],
    shortName: ["shortname", "sigla", "acronimo"],
    kind: ["kind", "tipo", "tipologia"],
    website: ["website", "sito", "sito web"],
    city: ["city", "città", "citta", "comune"],
    taxCode: ["taxcode", "codice fiscale", "partita iva", "p.iva", "cf"],
    quote: ["quote", "note", "nota"],
  },
  projects: {
    id: ["id"],
    acronym: ["acronym", "acronimo"],
    title: ["title", "titolo"],
    description: ["description", "descrizione"],
    stage: ["stage", "stato", "fase"],
    startYear: ["startyear", "anno inizio", "inizio"],
    endYear: ["endyear", "anno fine", "fine"],
    website: ["website", "sito", "sito web"],
    role: ["role", "ruolo"],
    quote: ["quote", "note", "nota"],
  },
};

export const REQUIRED_COLUMNS: Record<RosterKind, string> = { members: "name", projects: "title" };
export const MAX_ROSTER_ROWS = 5_000;

export interface RosterRow {
  /** The row's number as a spreadsheet shows it (the header is row 1). */
  row: number;
  values: Record<string, string>;
}

export interface RosterFile {
  fileKind: "csv" | "xlsx";
  columns: string[];
  rows: RosterRow[];
}

const header = (s: string): string =>
  s
    .replace(/^\uFEFF/, "")
    .trim()
    .toLowerCase()
    .replace(/[_\s]+/g, " ");

function cellText(v: unknown): string {
  if (v === null || v === undefined) return "";
  if (v instanceof Date) return v.toISOString().slice(0, 10);
  return String(v).trim();
}

/** Which separator Italian or English Excel used: the one the header line has most of. */
function separatorOf(text: string): string {
  const first = text.split(/\r?\n/, 1)[0] ?? "";
  const counts = [";", ",", "\t"].map((s) => [s, first.split(s).length - 1] as const);
  return counts.sort((a, b) => b[1] - a[1])[0]![0];
}

async function readCells(
  bytes: Uint8Array,
  fileName: string,
): Promise<{ fileKind: "csv" | "xlsx"; rows: { row: number; cells: string[] }[] }> {
  const zip = bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04;
  if (zip) {
    checkWorkbookSize(bytes, fileName);
    try {
      const sheet = await readSheet(Buffer.from(bytes));
      return { fileKind: "xlsx", rows: sheet.map((cells, i) => ({ row: i + 1, cells: cells.map(cellText) })) };
    } catch (e) {
      throw new EditError(`${fileName}: not a readable XLSX workbook (${(e as Error).message}).`);
    }
  }
  if (bytes.includes(0)) throw new EditError(`${fileName}: not a CSV or XLSX file (it holds binary data).`);
  const text = decodeText(bytes);
  checkEncoding(text, fileName);
  return {
    fileKind: "csv",
    rows: parseDelimited(text, separatorOf(text)).map((r) => ({ row: r.line, cells: r.cells.map(cellText) })),
  };
}

/**
 * Accents garbled before the file reached us: UTF-8 read as Latin-1 and saved again ("UniversitÃ ",
 * "cittÃ"), or characters already replaced (U+FFFD). Kept, they would become names no search finds.
 */
const GARBLED = /Ã[\u0080-\u00BF]|â€|\uFFFD/;

function checkEncoding(text: string, fileName: string): void {
  const at = GARBLED.exec(text);
  if (!at) return;
  const row = text.slice(0, at.index).split("\n").length;
  const words = text.slice(Math.max(0, at.index - 20), at.index + 20).split(/[\r\n;,\t]/);
  const word = words.find((w) => GARBLED.test(w)) ?? at[0];
  throw new EditError(
    `${fileName}, row ${row}: '${word.trim()}' has garbled accents (text saved in one encoding and read in another); save the file again as UTF-8 from the original, or retype the accented letters.`,
  );
}

/**
 * A roster file's rows by column, CSV (`;`, `,` or tab; UTF-8 with or without BOM, or Latin-1) or
 * XLSX (its first sheet). Refuses unknown and missing columns, naming them and the known ones.
 */
export async function readRosterFile(bytes: Uint8Array, fileName: string, kind: RosterKind): Promise<RosterFile> {
  if (!bytes.length) throw new EditError(`${fileName}: the file is empty.`);
  const { fileKind, rows } = await readCells(bytes, fileName);
  const [head, ...body] = rows.filter((r) => r.cells.some((c) => c !== ""));
  if (!head) throw new EditError(`${fileName}: the file has no header row.`);
  const known = ROSTER_COLUMNS[kind];
  const columns = head.cells.map((cell) => {
    const h = header(cell);
    return Object.entries(known).find(([, aliases]) => aliases.includes(h))?.[0] ?? null;
  });
  const unknown = head.cells.filter((c, i) => columns[i] === null && c.trim() !== "");
  if (unknown.length) {
    throw new EditError(
      `${fileName}: unknown column${unknown.length > 1 ? "s" : ""} ${unknown.map((u) => `'${u}'`).join(", ")}; a ${kind} roster has the columns ${Object.keys(known).join(", ")}.`,
      { columns: unknown },
    );
  }
  const required = REQUIRED_COLUMNS[kind];
  if (!columns.includes(required))
    throw new EditError(`${fileName}: the column '${required}' is missing (see the template).`);
  if (body.length > MAX_ROSTER_ROWS)
    throw new EditError(`${fileName}: ${body.length} rows; a roster may have at most ${MAX_ROSTER_ROWS}.`);
  return {
    fileKind,
    columns: columns.filter((c): c is string => c !== null),
    rows: body.map((r) => ({
      row: r.row,
      values: Object.fromEntries(columns.flatMap((c, i) => (c && (r.cells[i] ?? "") !== "" ? [[c, r.cells[i]!]] : []))),
    })),
  };
}
