import { describe, expect, it } from "vitest";
import { errorText, euros, inferredMark, linkRole, propertyName } from "./i18n";

describe("the interface in Italian", () => {
  it("says the operational errors in Italian, and leaves an argument's message as the API wrote it", () => {
    expect(errorText("it", "The API did not answer within 20 s.")).toBe("L'API non ha risposto entro 20 s.");
    expect(errorText("it", "The database did not answer; try again shortly.")).toBe(
      "Il database non ha risposto; riprova tra poco.",
    );
    expect(errorText("it", "limit must be a whole number from 1 to 50, got 51")).toBe(
      "limit must be a whole number from 1 to 50, got 51",
    );
    expect(errorText("en", "The database did not answer; try again shortly.")).toBe(
      "The database did not answer; try again shortly.",
    );
  });

  it("names properties and common link roles, and keeps what it does not know", () => {
    expect(propertyName("it", "memberCount")).toBe("Soci");
    expect(propertyName("it", "somethingNew")).toBe("somethingNew");
    expect(euros("en", 40_100_000)).toBe("EUR 40.1 M");
    expect(euros("it", 3_913_660_871)).toBe("3,91 mld €");
    expect(euros("it", 75_500.25)).toBe("75.500 €");
    expect(inferredMark("it", "descriptionIt: our translation")).toBe("Descrizione in italiano: traduzione nostra");
    expect(inferredMark("en", "nameIt: our translation")).toBe("Italian name: our translation");
    expect(inferredMark("it", "stage: read from the report's heading")).toBe("Fase: read from the report's heading");
    expect(linkRole("it", "partner country")).toBe("paese partner");
    expect(linkRole("it", "the roadmap was its core action")).toBe("the roadmap was its core action");
    expect(linkRole("en", "partner country")).toBe("partner country");
  });
});
