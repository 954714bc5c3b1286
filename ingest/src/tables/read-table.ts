import { readFile } from "node:fs/promises";
import path from "node:path";
import { asyncBufferFromFile, parquetMetadataAsync, parquetReadObjects } from "hyparquet";
import { compressors } from "hyparquet-compressors";

/** A file's rows as the publisher wrote them: header names trimmed, values as text or numbers. */
export interface Table {
  file: string;
  /** Header names, trimmed ("CUP " is "CUP"). */
  columns: string[];
  /** Row number in the file for each row: the CSV line where the row starts (header is 1), or the Parquet row (from 1). */
  rowNumbers: number[];
  rows: Record<string, unknown>[];
}

/**
 * Splits `;`-separated text into records, with quoted values that may hold separators, quotes
 * ("") and line breaks (ISTAT's header cells do). Returns each record with its starting line.
 */
export function parseDelimited(text: string, separator = ";"): { line: number; cells: string[] }[] {
  const records: { line: number; cells: string[] }[] = [];
  let cells: string[] = [];
  let cell = "";
  let quoted = false;
  let line = 1;
  let start = 1;
  const endRecord = (): void => {
    cells.push(cell);
    if (cells.length > 1 || cells[0] !== "") records.push({ line: start, cells });
    cells = [];
    cell = "";
  };
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"') {
        if (text[i + 1] === '"') {
          cell += '"';
          i++;
        } else quoted = false;
      } else {
        if (c === "\n") line++;
        cell += c;
      }
    } else if (c === '"' && cell === "") quoted = true;
    else if (c === separator) {
      cells.push(cell);
      cell = "";
    } else if (c === "\n" || c === "\r") {
      if (c === "\r" && text[i + 1] === "\n") i++;
      endRecord();
      line++;
      start = line;
    } else cell += c;
  }
  if (cell !== "" || cells.length > 0) endRecord();
  return records;
}

/** UTF-8 (with or without a byte-order mark), else Latin-1 (ISTAT's files), decided by the bytes. */
export function decodeText(bytes: Uint8Array): string {
  try {
    const text = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
    return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  } catch {
    return new TextDecoder("latin1").decode(bytes);
  }
}

const clean = (name: string): string => name.replace(/\s+/g, " ").trim();

export async function readCsv(file: string): Promise<Table> {
  const records = parseDelimited(decodeText(await readFile(file)));
  const [header, ...rest] = records;
  // A row of separators only (the framework file ends with one) is not a row.
  const body = rest.filter((r) => r.cells.some((c) => c.trim() !== ""));
  if (!header) throw new Error(`${path.basename(file)}: the file is empty`);
  const columns = header.cells.map(clean);
  return {
    file,
    columns,
    rowNumbers: body.map((r) => r.line),
    rows: body.map((r) => Object.fromEntries(columns.map((c, i) => [c, r.cells[i] ?? ""]))),
  };
}

/** Which columns' values a reader keeps (every column's name is kept, for recognising the file). */
export type ColumnFilter = (name: string) => boolean;

export async function readParquet(file: string, keep: ColumnFilter = () => true): Promise<Table> {
  const buffer = await asyncBufferFromFile(file);
  const metadata = await parquetMetadataAsync(buffer);
  const all = metadata.schema.slice(1).map((s) => s.name);
  // Every column's name, for recognising the file; the values of the columns the import reads.
  const columns = all.map(clean);
  const names = all.filter((n) => keep(clean(n)));
  const raw = await parquetReadObjects({ file: buffer, metadata, compressors, columns: names });
  // Rows are rebuilt only where a name needs trimming or a value is a bigint: 50,000 rows of 50
  // columns make per-cell work the bulk of reading.
  const cleaned = names.map(clean);
  const renamed = names.some((n, i) => n !== cleaned[i]);
  for (let r = 0; r < raw.length; r++) {
    const row = raw[r] as Record<string, unknown>;
    if (renamed) {
      const copy: Record<string, unknown> = {};
      for (let i = 0; i < names.length; i++) copy[cleaned[i] as string] = row[names[i] as string];
      raw[r] = copy;
    }
    const target = raw[r] as Record<string, unknown>;
    for (const column of cleaned) if (typeof target[column] === "bigint") target[column] = Number(target[column]);
  }
  return { file, columns, rowNumbers: Array.from({ length: raw.length }, (_, i) => i + 1), rows: raw };
}

/** Reads a CSV or Parquet file, by its extension. */
export async function readTable(file: string, keep?: ColumnFilter): Promise<Table> {
  const ext = path.extname(file).toLowerCase();
  if (ext === ".parquet") return readParquet(file, keep);
  if (ext === ".csv" || ext === ".txt") return readCsv(file);
  throw new Error(`${path.basename(file)}: not a CSV or Parquet file (expected .csv or .parquet)`);
}
