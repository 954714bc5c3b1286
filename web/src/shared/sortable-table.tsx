import { useState, type ReactNode } from "react";
import { csv, download } from "./download";
import { translate, type Lang } from "./i18n";

export interface Column<Row> {
  key: string;
  label: string;
  /** What the column sorts and exports by. */
  value: (row: Row) => string | number | null | undefined;
  /** How the cell shows, when not as its value. */
  render?: (row: Row) => ReactNode;
}

interface Props<Row> {
  lang: Lang;
  caption: string;
  rows: Row[];
  columns: Column<Row>[];
  rowKey: (row: Row) => string;
  /** The file name of the CSV export. */
  csvName: string;
  /** Said instead of an empty table. */
  empty?: string;
}

const compare = (a: string | number | null | undefined, b: string | number | null | undefined): number => {
  if (a === b) return 0;
  if (a === null || a === undefined || a === "") return 1; // unknowns last, whichever way
  if (b === null || b === undefined || b === "") return -1;
  return typeof a === "number" && typeof b === "number" ? a - b : String(a).localeCompare(String(b));
};

/** A table whose headers sort it (again to reverse), exportable as CSV, unknown values last. */
export function SortableTable<Row>({ lang, caption, rows, columns, rowKey, csvName, empty }: Props<Row>) {
  const [sort, setSort] = useState<{ key: string; descending: boolean } | null>(null);
  const column = columns.find((c) => c.key === sort?.key);
  const sorted = column
    ? [...rows].sort((a, b) => {
        const order = compare(column.value(a), column.value(b));
        const unknown = column.value(a) == null || column.value(b) == null;
        return sort?.descending && !unknown ? -order : order;
      })
    : rows;
  if (rows.length === 0 && empty) {
    return (
      <p className="table-empty">
        <strong>{caption}</strong>: {empty}
      </p>
    );
  }
  return (
    <div className="table-scroll">
      <table className="sortable">
        <caption>
          {caption} ({rows.length}){" "}
          <button
            type="button"
            onClick={() =>
              download(
                csvName,
                csv(
                  columns.map((c) => c.key),
                  sorted.map((r) => columns.map((c) => c.value(r))),
                ),
                "text/csv",
              )
            }
          >
            {translate(lang, "exportCsv")}
          </button>
        </caption>
        <thead>
          <tr>
            {columns.map((c) => (
              <th
                key={c.key}
                scope="col"
                aria-sort={sort?.key === c.key ? (sort.descending ? "descending" : "ascending") : undefined}
              >
                <button
                  type="button"
                  className="sort-button"
                  onClick={() => setSort({ key: c.key, descending: sort?.key === c.key && !sort.descending })}
                >
                  {c.label}
                </button>
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {sorted.map((r) => (
            <tr key={rowKey(r)}>
              {columns.map((c) => (
                <td key={c.key}>{c.render ? c.render(r) : (c.value(r) ?? "")}</td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
