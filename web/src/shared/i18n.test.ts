import { describe, expect, it } from "vitest";
import { errorText, euros, inferredMark, linkRole, propertyName } from "./i18n";

describe("the interface in Italian", () => {
  it("words failures by their code, never by the English message, and leaves an argument's message as the API wrote it", () => {
    const timeout = { code: "API_TIMEOUT", message: "The API did not answer within 20 s.", params: { seconds: 20 } };
    expect(errorText("it", timeout)).toBe("L'API non ha risposto entro 20 s.");
    expect(errorText("en", timeout)).toBe("The API did not answer within 20 s.");
    const down = {
      code: "DATABASE_UNAVAILABLE",
      message: "The database did not answer; try again shortly.",
      params: {},
    };
    expect(errorText("it", down)).toBe("Il database non risponde; riprova tra poco.");
    // The same English words with no code are not recognised: the code is the contract.
    expect(errorText("it", { code: null, message: down.message, params: {} })).toBe(down.message);
    const argument = {
      code: "BAD_USER_INPUT",
      message: "limit must be a whole number from 1 to 50, got 51",
      params: {},
    };
    expect(errorText("it", argument)).toBe(argument.message);
    const thrown = Object.assign(new Error("The API could not be reached: refused"), {
      code: "API_UNREACHABLE",
      params: { detail: "refused" },
    });
    expect(errorText("it", thrown)).toBe("L'API non è raggiungibile: refused");
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
