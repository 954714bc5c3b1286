import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { CYPHER_CATALOGUE } from "@lombardy-kg/api";
import { TestHelper } from "../support/test-helper";

const helper = new TestHelper();
beforeAll(() => helper.useCuratedGraph());
afterAll(() => helper.close());

describe("every query variant the API sends", () => {
  it.each(Object.entries(CYPHER_CATALOGUE))("%s plans against the real database", async (_, { cypher, params }) => {
    const { summary } = await helper.driver.executeQuery(`EXPLAIN ${cypher}`, params, {
      database: helper.neo4j.database,
    });
    expect(summary.plan).not.toBe(false);
    const plan = summary.plan as { operatorType: string };
    expect(plan.operatorType).toMatch(/^ProduceResults/);
    // The planner warns about what it cannot do well: a cartesian product, an unknown label.
    const warnings = summary.notifications.filter((n) => n.severityLevel === "WARNING").map((n) => n.title);
    expect(warnings.filter((t) => /cartesian|unknown label|unknown relationship/i.test(t))).toEqual([]);
  });
});
