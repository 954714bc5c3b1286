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

function csvCell(value: unknown): string {
  const text = value === null || value === undefined ? "" : String(value);
  return /[",\n\r]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** RFC 4180 CSV: a header row, then the rows; cells with commas, quotes or line breaks are quoted. */
export function csv(header: string[], rows: unknown[][]): string {
  return [header, ...rows].map((r) => r.map(csvCell).join(",")).join("\r\n") + "\r\n";
}
