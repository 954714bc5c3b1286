import { failureOf, type Failure } from "./error-message";
import { en, type Locale, type MessageKey } from "./locales/en";
import { it } from "./locales/it";

export type Lang = "en" | "it";
export type { MessageKey };

/** One file per locale (shared/locales): the interface's every word, by language. */
export const LOCALES: Record<Lang, Locale> = { en, it };

/** An amount in euros as people read it: EUR 40.1 M, EUR 3.91 bn; in Italian 40,1 mln €, 3,91 mld €. */
export function euros(lang: Lang, value: number): string {
  const locale = lang === "it" ? "it-IT" : "en-GB";
  const scaled = (v: number, digits: number): string =>
    v.toLocaleString(locale, { maximumFractionDigits: digits, minimumFractionDigits: digits });
  if (Math.abs(value) >= 1e9)
    return lang === "it" ? `${scaled(value / 1e9, 2)} mld €` : `EUR ${scaled(value / 1e9, 2)} bn`;
  if (Math.abs(value) >= 1e6)
    return lang === "it" ? `${scaled(value / 1e6, 1)} mln €` : `EUR ${scaled(value / 1e6, 1)} M`;
  const whole = Math.round(value).toLocaleString(locale);
  return lang === "it" ? `${whole} €` : `EUR ${whole}`;
}

export function translate(lang: Lang, key: MessageKey, values: Record<string, string | number> = {}): string {
  return fill(LOCALES[lang].messages[key], values);
}

function fill(text: string, values: Record<string, string | number>): string {
  return text.replace(/\{(\w+)\}/g, (_, name: string) => String(values[name] ?? ""));
}

export function typeName(lang: Lang, type: string): string {
  return LOCALES[lang].types[type] ?? type;
}

export function relationshipName(lang: Lang, type: string): string {
  return LOCALES[lang].relationships[type] ?? type.toLowerCase().replace(/_/g, " ");
}

/** Properties that are sums of money in euros: shown as EUR 40.1 M, the exact figure on hover. */
export const MONEY_PROPERTIES = new Set(["pnrrFunding", "totalFunding", "amount"]);

export function propertyName(lang: Lang, key: string): string {
  return LOCALES[lang].properties[key] ?? key;
}

/**
 * A node's "field: how" mark of what is ours, as people read it: the field's name, and "our
 * translation" in the interface's language; other explanations stay as the curator wrote them.
 */
export function inferredMark(lang: Lang, mark: string): string {
  const colon = mark.indexOf(":");
  if (colon < 0) return mark;
  const how = mark.slice(colon + 1).trim();
  return `${propertyName(lang, mark.slice(0, colon).trim())}: ${how === "our translation" ? translate(lang, "ourTranslation") : how}`;
}

/** A link's role in the interface language where it is one of the common words; else as stated. */
export function linkRole(lang: Lang, role: string): string {
  return LOCALES[lang].linkRoles[role] ?? role;
}

/**
 * A failure in the interface language, by its code: the API's operational failures and the
 * client's own have a sentence in each locale; any other (an argument's message, which quotes the
 * argument) is shown as the API wrote it.
 */
export function errorText(lang: Lang, failure: Failure | unknown): string {
  const f = isFailure(failure) ? failure : failureOf(failure);
  const sentence = f.code ? LOCALES[lang].errors[f.code] : undefined;
  return sentence ? fill(sentence, f.params) : f.message;
}

function isFailure(value: unknown): value is Failure {
  return typeof value === "object" && value !== null && "code" in value && "message" in value && "params" in value;
}
