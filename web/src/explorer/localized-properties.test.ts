import { describe, expect, it } from "vitest";
import { localizedDisagreement, localizedProperties } from "./localized-properties";

const properties = [
  { key: "description", value: "Launched in 2022 by Lombardy Region." },
  { key: "descriptionIt", value: "Avviato nel 2022 da Regione Lombardia." },
  { key: "kind", value: "policy instrument" },
  { key: "nameIt", value: "Sviluppo e consolidamento" },
];

describe("properties in the chosen language", () => {
  it("shows the Italian twin under the field's name in Italian, marked as our translation", () => {
    const shown = localizedProperties(properties, ["descriptionIt: our translation"], "it");
    expect(shown.map((p) => [p.key, p.value, p.ourTranslation])).toEqual([
      ["description", "Avviato nel 2022 da Regione Lombardia.", true],
      ["kind", "policy instrument", false],
      ["nameIt", "Sviluppo e consolidamento", false],
    ]);
  });

  it("lists both in English, the Italian one marked ours only where inferred says so", () => {
    const shown = localizedProperties(properties, ["descriptionIt: our translation"], "en");
    expect(shown.map((p) => [p.key, p.ourTranslation])).toEqual([
      ["description", false],
      ["descriptionIt", true],
      ["kind", false],
      ["nameIt", false],
    ]);
  });

  it("gives a disagreement's Italian text in Italian and the source-language text otherwise", () => {
    const d = {
      topic: "Autitec project period",
      description: "2028-2021",
      topicIt: "Periodo",
      descriptionIt: "Il periodo",
    };
    expect(localizedDisagreement(d, "it")).toEqual({
      topic: "Periodo",
      description: "Il periodo",
      ourTranslation: true,
    });
    expect(localizedDisagreement(d, "en").topic).toBe("Autitec project period");
    expect(localizedDisagreement({ ...d, topicIt: null, descriptionIt: null }, "it").ourTranslation).toBe(false);
  });
});
