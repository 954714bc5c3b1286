import { describe, expect, it } from "vitest";
import { seededRandom, syntheticGraph, type NodeBatch, type SyntheticSize } from "./synthetic-graph";

const SMALL: SyntheticSize = {
  clusters: 30,
  projects: 200,
  organizations: 500,
  networks: 10,
  programmes: 5,
  topics: 12,
  events: 10,
  regions: 8,
};

describe("the synthetic graph", () => {
  it("is reproducible: the same seed gives the same rows", () => {
    expect(JSON.stringify([...syntheticGraph(SMALL, 7)])).toBe(JSON.stringify([...syntheticGraph(SMALL, 7)]));
    expect(JSON.stringify([...syntheticGraph(SMALL, 7)])).not.toBe(JSON.stringify([...syntheticGraph(SMALL, 8)]));
    // Mulberry32's published sequence for seed 1: the same numbers on any machine and Node version.
    const random = seededRandom(1);
    expect([random(), random(), random()]).toEqual([0.6270739405881613, 0.002735721180215478, 0.5274470399599522]);
  });

  it("marks every node synthetic, creates nodes before their links, and never repeats a link", () => {
    const batches = [...syntheticGraph(SMALL, 7, 100)];
    const ids = new Set<string>();
    const seen = new Set<string>();
    for (const batch of batches) {
      expect(batch.rows.length).toBeLessThanOrEqual(100);
      if (batch.kind === "nodes") {
        for (const row of batch.rows) {
          expect(row.properties.synthetic).toBe(true);
          expect(row.id).toMatch(/^syn-/);
          ids.add(row.id);
        }
      } else {
        for (const row of batch.rows) {
          expect(ids.has(row.from) && ids.has(row.to)).toBe(true);
          const key = `${row.from}|${batch.type}|${row.to}`;
          expect(seen.has(key)).toBe(false);
          seen.add(key);
        }
      }
    }
    const clusters = batches
      .filter((b): b is NodeBatch => b.kind === "nodes" && b.label === "Cluster")
      .flatMap((b) => b.rows);
    expect(clusters).toHaveLength(30);
  });
});
