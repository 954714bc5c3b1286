/**
 * A reproducible EU-scale graph of the same model, for benchmarks only: every node has
 * `synthetic: true` and an id starting with "syn-", so it can never pass for curated data.
 * Rows come in batches from generators, so two million relationships never sit in memory at once.
 */
import { seededRandom } from "@lombardy-kg/seed";

export { seededRandom };

export interface SyntheticSize {
  clusters: number;
  projects: number;
  organizations: number;
  networks: number;
  programmes: number;
  topics: number;
  events: number;
  regions: number;
}

/** About 2 million relationships: the scale the partner and synergy queries must hold at. */
export const EU_SCALE: SyntheticSize = {
  clusters: 1500,
  projects: 50_000,
  organizations: 200_000,
  networks: 300,
  programmes: 60,
  topics: 200,
  events: 5000,
  regions: 240,
};

export interface NodeBatch {
  kind: "nodes";
  label: string;
  rows: { id: string; properties: Record<string, string | number | boolean> }[];
}

export interface RelationshipBatch {
  kind: "relationships";
  type: string;
  fromLabel: string;
  toLabel: string;
  rows: { from: string; to: string }[];
}

export type SyntheticBatch = NodeBatch | RelationshipBatch;

const PNRR_COMPONENTS = [
  "M1C1",
  "M1C2",
  "M1C3",
  "M2C1",
  "M2C2",
  "M2C3",
  "M2C4",
  "M3C1",
  "M3C2",
  "M4C1",
  "M4C2",
  "M5C1",
  "M5C2",
  "M5C3",
  "M6C1",
  "M6C2",
];
const ECOSYSTEMS = 40;

const id = (prefix: string, i: number): string => `syn-${prefix}-${i}`;

/** Yields the graph in batches of at most `batchSize` rows, nodes before the relationships that need them. */
export function* syntheticGraph(
  size: SyntheticSize = EU_SCALE,
  seed = 20261123,
  batchSize = 10_000,
): Generator<SyntheticBatch> {
  const random = seededRandom(seed);
  const pick = (n: number): number => Math.floor(random() * n);
  /** Skewed towards low indices: a few hubs and a long tail, as real networks are. */
  const pickSkewed = (n: number): number => Math.floor(n * random() ** 2);

  function* nodes(
    label: string,
    prefix: string,
    count: number,
    props: (i: number) => Record<string, string | number | boolean>,
  ): Generator<NodeBatch> {
    for (let start = 0; start < count; start += batchSize) {
      const rows = [];
      for (let i = start; i < Math.min(count, start + batchSize); i++)
        rows.push({ id: id(prefix, i), properties: { synthetic: true, ...props(i) } });
      yield { kind: "nodes", label, rows };
    }
  }
  function* links(
    type: string,
    fromLabel: string,
    toLabel: string,
    make: (emit: (from: string, to: string) => void) => void,
  ): Generator<RelationshipBatch> {
    let rows: { from: string; to: string }[] = [];
    const pending: RelationshipBatch[] = [];
    make((from, to) => {
      rows.push({ from, to });
      if (rows.length === batchSize) {
        pending.push({ kind: "relationships", type, fromLabel, toLabel, rows });
        rows = [];
      }
    });
    if (rows.length) pending.push({ kind: "relationships", type, fromLabel, toLabel, rows });
    yield* pending;
  }
  /** Distinct targets for one source, so no relationship is generated twice. */
  const distinct = (count: number, n: number, skewed = false): number[] => {
    const chosen = new Set<number>();
    while (chosen.size < Math.min(count, n)) chosen.add(skewed ? pickSkewed(n) : pick(n));
    return [...chosen];
  };

  yield* nodes("PnrrMission", "mission", 6, (i) => ({ number: i + 1, name: `Synthetic mission ${i + 1}` }));
  yield* nodes("PnrrComponent", "component", PNRR_COMPONENTS.length, (i) => ({
    code: PNRR_COMPONENTS[i] ?? `C${i}`,
    name: `Synthetic component ${PNRR_COMPONENTS[i]}`,
  }));
  yield* nodes("S3Ecosystem", "ecosystem", ECOSYSTEMS, (i) => ({ name: `Synthetic ecosystem ${i}` }));
  yield* nodes("Region", "region", size.regions, (i) => ({ name: `Synthetic region ${i}`, kind: "region" }));
  yield* nodes("Topic", "topic", size.topics, (i) => ({ name: `Synthetic topic ${i}` }));
  yield* nodes("Programme", "programme", size.programmes, (i) => ({ name: `Synthetic programme ${i}` }));
  yield* nodes("Network", "network", size.networks, (i) => ({ name: `Synthetic network ${i}` }));
  yield* nodes("Cluster", "cluster", size.clusters, (i) => ({
    name: `Synthetic cluster ${i}`,
    shortName: `SC${i}`,
    memberCount: 20 + pick(400),
  }));
  yield* nodes("Project", "project", size.projects, (i) => {
    const start = 2014 + pick(11);
    return {
      acronym: `SYN${i}`,
      title: `Synthetic project ${i}`,
      startYear: start,
      endYear: start + 1 + pick(4),
      partnerCount: 3 + pick(40),
    };
  });
  yield* nodes("Organization", "org", size.organizations, (i) => ({
    name: `Synthetic organisation ${i}`,
    kind: ["company", "university", "research centre", "public body"][pick(4)] ?? "company",
  }));
  yield* nodes("Event", "event", size.events, (i) => ({
    name: `Synthetic event ${i}`,
    date: `${2018 + pick(8)}-0${1 + pick(9)}`,
  }));

  yield* links("PART_OF", "PnrrComponent", "PnrrMission", (emit) =>
    PNRR_COMPONENTS.forEach((code, i) => emit(id("component", i), id("mission", Number(code[1]) - 1))),
  );
  yield* links("IN_ECOSYSTEM", "Cluster", "S3Ecosystem", (emit) => {
    for (let c = 0; c < size.clusters; c++)
      for (const e of distinct(1 + pick(3), ECOSYSTEMS)) emit(id("cluster", c), id("ecosystem", e));
  });
  yield* links("CONTRIBUTES_TO", "Cluster", "PnrrComponent", (emit) => {
    for (let c = 0; c < size.clusters; c++)
      for (const k of distinct(1 + pick(4), PNRR_COMPONENTS.length)) emit(id("cluster", c), id("component", k));
  });
  yield* links("IN_NETWORK", "Cluster", "Network", (emit) => {
    for (let c = 0; c < size.clusters; c++)
      for (const n of distinct(1 + pick(6), size.networks, true)) emit(id("cluster", c), id("network", n));
  });
  yield* links("ADDRESSES", "Cluster", "Topic", (emit) => {
    for (let c = 0; c < size.clusters; c++)
      for (const t of distinct(2 + pick(5), size.topics)) emit(id("cluster", c), id("topic", t));
  });
  yield* links("LOCATED_IN", "Cluster", "Region", (emit) => {
    for (let c = 0; c < size.clusters; c++) emit(id("cluster", c), id("region", pick(size.regions)));
  });
  yield* links("FUNDED_BY", "Project", "Programme", (emit) => {
    for (let p = 0; p < size.projects; p++) emit(id("project", p), id("programme", pickSkewed(size.programmes)));
  });
  yield* links("ADDRESSES", "Project", "Topic", (emit) => {
    for (let p = 0; p < size.projects; p++)
      for (const t of distinct(1 + pick(3), size.topics)) emit(id("project", p), id("topic", t));
  });
  yield* links("LOCATED_IN", "Project", "Region", (emit) => {
    for (let p = 0; p < size.projects; p++)
      for (const r of distinct(1 + pick(3), size.regions)) emit(id("project", p), id("region", r));
  });
  yield* links("PARTICIPATES_IN", "Cluster", "Project", (emit) => {
    for (let p = 0; p < size.projects; p++)
      for (const c of distinct(1 + pick(3), size.clusters)) emit(id("cluster", c), id("project", p));
  });
  yield* links("PARTICIPATES_IN", "Organization", "Project", (emit) => {
    for (let p = 0; p < size.projects; p++)
      for (const o of distinct(6 + pick(13), size.organizations, true)) emit(id("org", o), id("project", p));
  });
  yield* links("MEMBER_OF", "Organization", "Cluster", (emit) => {
    for (let o = 0; o < size.organizations; o++)
      for (const c of distinct(1 + pick(3), size.clusters)) emit(id("org", o), id("cluster", c));
  });
  yield* links("LOCATED_IN", "Organization", "Region", (emit) => {
    for (let o = 0; o < size.organizations; o++) emit(id("org", o), id("region", pick(size.regions)));
  });
  yield* links("IN_NETWORK", "Organization", "Network", (emit) => {
    for (let o = 0; o < size.organizations; o++)
      if (random() < 0.5) emit(id("org", o), id("network", pickSkewed(size.networks)));
  });
  yield* links("PARTNERS_WITH", "Cluster", "Organization", (emit) => {
    for (let c = 0; c < size.clusters; c++)
      for (const o of distinct(5 + pick(20), size.organizations, true)) emit(id("cluster", c), id("org", o));
  });
  yield* links("TAKES_PART_IN", "Organization", "Event", (emit) => {
    for (let e = 0; e < size.events; e++)
      for (const o of distinct(20 + pick(60), size.organizations, true)) emit(id("org", o), id("event", e));
  });
  yield* links("TAKES_PART_IN", "Cluster", "Event", (emit) => {
    for (let e = 0; e < size.events; e++)
      for (const c of distinct(1 + pick(4), size.clusters)) emit(id("cluster", c), id("event", e));
  });
}
