import neo4j from "neo4j-driver";
import { describe, expect, it } from "vitest";
import { customQueryFields } from "../contract/augmented-schema";
import { customResolvers } from "./graphql-schema";

describe("our resolvers", () => {
  it("answer every Query field the SDL declares itself, and no other", async () => {
    // A driver that is never used: building the resolvers opens no connection.
    const driver = neo4j.driver("bolt://127.0.0.1:1");
    try {
      expect(Object.keys(customResolvers(driver).Query).sort()).toEqual(customQueryFields());
      expect(customQueryFields()).toEqual(
        expect.arrayContaining(["search", "entity", "neighbourhood", "clusterSynergies", "partnerSuggestions"]),
      );
    } finally {
      await driver.close();
    }
  });
});
