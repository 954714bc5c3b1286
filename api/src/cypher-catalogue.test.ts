import { describe, expect, it } from "vitest";
import { CYPHER_CATALOGUE } from "./cypher-catalogue";
import { pathsQuery } from "./analysis/paths";
import { neighbourhoodQuery } from "./explorer/neighbourhood";

describe("the Cypher the API sends", () => {
  it.each(Object.entries(CYPHER_CATALOGUE))("%s reads as reviewed", (_, { cypher }) => {
    expect(cypher).toMatchSnapshot();
  });

  it("splices in only the checked numbers it must", () => {
    expect(() => neighbourhoodQuery(3)).toThrow("bad neighbourhood depth 3");
    expect(() => pathsQuery(7)).toThrow("bad path length 7");
    expect(() => pathsQuery(1.5)).toThrow("bad path length 1.5");
  });

  it("passes every value as a parameter: no id, name or number of a request in the text", () => {
    for (const [name, { cypher, params }] of Object.entries(CYPHER_CATALOGUE)) {
      for (const value of Object.values(params)) {
        if (typeof value === "string") expect(cypher, name).not.toContain(value);
      }
      for (const key of Object.keys(params)) expect(cypher, `${name} uses $${key}`).toContain(`$${key}`);
    }
  });
});
