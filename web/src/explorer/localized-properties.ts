import type { Lang } from "../shared/i18n";

export interface ShownProperty {
  key: string;
  value: string;
  /** The value is our translation, not a source's words. */
  ourTranslation: boolean;
}

const ITALIAN = /It$/;

/**
 * A node's properties as the details panel lists them. In Italian a field with an Italian twin
 * (description and descriptionIt) shows the twin's value under the field's own name, said to be
 * our translation when `inferred` marks it; in English both are listed as they are.
 */
export function localizedProperties(
  properties: readonly { key: string; value: string }[],
  inferred: readonly string[],
  lang: Lang,
): ShownProperty[] {
  const ours = new Set(inferred.map((mark) => mark.split(":")[0]?.trim()));
  if (lang === "en") return properties.map((p) => ({ ...p, ourTranslation: ours.has(p.key) && ITALIAN.test(p.key) }));
  const byKey = new Map(properties.map((p) => [p.key, p.value]));
  return properties
    .filter((p) => !(ITALIAN.test(p.key) && byKey.has(p.key.replace(ITALIAN, ""))))
    .map((p) => {
      const twin = `${p.key}It`;
      const italian = byKey.get(twin);
      return italian === undefined
        ? { ...p, ourTranslation: ITALIAN.test(p.key) && ours.has(p.key) }
        : { key: p.key, value: italian, ourTranslation: ours.has(twin) };
    });
}

/** A disagreement's topic and text in the chosen language, and whether they are our translation. */
export function localizedDisagreement(
  d: { topic: string; description: string; topicIt?: string | null; descriptionIt?: string | null },
  lang: Lang,
): { topic: string; description: string; ourTranslation: boolean } {
  if (lang === "it" && d.descriptionIt)
    return { topic: d.topicIt ?? d.topic, description: d.descriptionIt, ourTranslation: true };
  return { topic: d.topic, description: d.description, ourTranslation: false };
}
