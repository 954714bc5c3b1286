import { describe, expect, it } from "vitest";
import { customQueryFields, customRootFields } from "../contract/augmented-schema";
import { customResolvers } from "./graphql-schema";

describe("our resolvers", () => {
  it("answer every Query field the SDL declares itself, and no other", () => {
    expect(Object.keys(customResolvers().Query).sort()).toEqual(customQueryFields());
    expect(customQueryFields()).toEqual(
      expect.arrayContaining(["search", "entity", "neighbourhood", "clusterSynergies", "partnerSuggestions"]),
    );
  });

  it("answer every Mutation field the SDL declares, and no other (the generated ones are switched off)", () => {
    expect(Object.keys(customResolvers().Mutation).sort()).toEqual(customRootFields("Mutation"));
    expect(customRootFields("Mutation")).toEqual(expect.arrayContaining(["login", "linkNodes", "undoChangeSet"]));
  });
});
