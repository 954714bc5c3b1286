/**
 * Hands a file to the browser to save. CSV starts with a byte-order mark, so Excel (in Italian
 * too) reads it as UTF-8 and "Mobilità" stays "Mobilità".
 */
export function download(filename: string, content: string | Blob, type = "text/plain"): void {
  const parts = type.startsWith("text/csv") ? ["\uFEFF", content] : [content];
  const blob = content instanceof Blob ? content : new Blob(parts, { type: `${type};charset=utf-8` });
  const url = URL.createObjectURL(blob);
  const a = document.createElement("a");
  a.href = url;
  a.download = filename;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

/**
 * The column separator of every CSV the app writes: a comma (RFC 4180), or a semicolon, which
 * Excel in an Italian locale expects (there the comma is the decimal mark). Chosen in the sidebar.
 */
let separator: "," | ";" = ",";

export function setCsvSeparator(next: "," | ";"): void {
  separator = next;
}

/**
 * Text a spreadsheet would run as a formula (=, +, -, @, a tab or a carriage return first) gets a
 * leading apostrophe (OWASP's CSV injection advice): an editor's value is shown, never run.
 * Numbers stay numbers.
 */
const FORMULA_START = /^[=+\-@\t\r]/;

function csvCell(value: unknown, sep: string): string {
  const raw = value === null || value === undefined ? "" : String(value);
  const text = typeof value === "string" && FORMULA_START.test(raw) ? `'${raw}` : raw;
  return text.includes(sep) || /["\n\r]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** CSV: a header row, then the rows; cells with the separator, quotes or line breaks are quoted. */
export function csv(header: string[], rows: unknown[][], sep: "," | ";" = separator): string {
  return [header, ...rows].map((r) => r.map((cell) => csvCell(cell, sep)).join(sep)).join("\r\n") + "\r\n";
}
