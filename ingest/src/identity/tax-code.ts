import { isMissing } from "../tables/values";

/**
 * A tax code: an 11-digit company code (partita IVA / codice fiscale numerico), zero-padded where
 * a numeric column lost its leading zeros; a 16-character personal code as it is, upper case.
 * Null where none is given; undefined where the text is neither (the caller reports it).
 */
export function normaliseTaxCode(value: unknown): string | null | undefined {
  if (isMissing(value)) return null;
  const text = String(value).trim().toUpperCase();
  // A personal code the publisher masked for privacy: no identity to import.
  if (/^\*+$/.test(text)) return null;
  if (/^\d{1,11}$/.test(text)) return text.padStart(11, "0");
  if (/^IT\d{11}$/.test(text)) return text.slice(2);
  if (/^[A-Z0-9]{16}$/.test(text)) return text;
  // A foreign VAT number (FR92785423997): kept as it is written.
  if (/^[A-Z]{2}[A-Z0-9]{2,13}$/.test(text)) return text;
  return undefined;
}
