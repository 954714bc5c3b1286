/** A row the import leaves out, and why: file, row number, column and value. */
export interface Reject {
  file: string;
  row: number;
  column: string;
  value: string;
  reason: string;
}

export class StrictImportError extends Error {
  constructor(readonly reject: Reject) {
    super(`--strict: ${formatReject(reject)}`);
  }
}

export function formatReject(r: Reject): string {
  return `${r.file} row ${r.row}, column '${r.column}': ${r.reason} (value '${r.value}')`;
}
