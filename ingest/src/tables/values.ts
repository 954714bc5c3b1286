/** Values as Italia Domani and ISTAT write them: Italian numbers, N/D, codes that keep their zeros. */

const MISSING_TEXT = /^(n\/?d|n\.d\.|)$/i;

/** The release's word for "not given". */
export const isMissing = (value: unknown): boolean =>
  value === null || value === undefined || (typeof value === "string" && MISSING_TEXT.test(value.trim()));

const ITALIAN_NUMBER = /^-?\d{1,3}(\.\d{3})+(,\d+)?$|^-?\d+,\d+$/;
const PLAIN_NUMBER = /^-?\d+(\.\d+)?$/;

/**
 * An amount in euros: a number as Parquet stores it, or text in Italian format (114.000.000,
 * 1.234,56) or plain (900000000, 12.5). Null where the release says N/D; undefined where the text
 * is not a number at all (the caller reports the row).
 */
export function parseAmount(value: unknown): number | null | undefined {
  if (isMissing(value)) return null;
  if (typeof value === "number") return Number.isFinite(value) ? value : undefined;
  const text = String(value).trim().replace(/\s/g, "");
  if (ITALIAN_NUMBER.test(text)) return Number(text.replace(/\./g, "").replace(",", "."));
  if (PLAIN_NUMBER.test(text)) return Number(text);
  return undefined;
}

/** An ISTAT code of `digits` digits, leading zeros restored; null for none; undefined when not digits. */
export function istatCode(value: unknown, digits: number): string | null | undefined {
  if (isMissing(value)) return null;
  const text = String(value).trim();
  if (/^0+$/.test(text)) return "0".repeat(digits); // the release's "000": no place at this level
  if (!/^\d+$/.test(text) || text.length > digits) return undefined;
  return text.padStart(digits, "0");
}

/** Whitespace that tidying would change: a run, a tab or line break, a space at either end. */
const UNTIDY = /\s\s|[^\S ]|^ | $/;

/** Text as given, spaces tidied; null for N/D or empty. */
export function text(value: unknown): string | null {
  if (value === null || value === undefined) return null;
  const s = String(value);
  // Most cells are tidy already: a new string only for those that are not (50,000 summaries).
  const t = UNTIDY.test(s) ? s.replace(/\s+/g, " ").trim() : s;
  return MISSING_TEXT.test(t) ? null : t;
}

/** A date column (Parquet DATE or ISO text) as YYYY-MM-DD; null when absent. */
export function isoDate(value: unknown): string | null {
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  const t = text(value);
  return t && /^\d{4}-\d{2}-\d{2}/.test(t) ? t.slice(0, 10) : null;
}
