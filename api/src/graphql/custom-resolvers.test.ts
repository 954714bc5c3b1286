import { describe, expect, it } from "vitest";
import { customQueryFields } from "../contract/augmented-schema";
import { customResolvers } from "./graphql-schema";

describe("our resolvers", () => {
  it("answer every Query field the SDL declares itself, and no other", () => {
    expect(Object.keys(customResolvers().Query).sort()).toEqual(customQueryFields());
    expect(customQueryFields()).toEqual(
      expect.arrayContaining(["search", "entity", "neighbourhood", "clusterSynergies", "partnerSuggestions"]),
    );
  });
});
