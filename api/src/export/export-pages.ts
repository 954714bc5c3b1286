import type { ExportedNode, ExportedRelationship } from "@lombardy-kg/ingest";
import { ENTITY_LABEL } from "@lombardy-kg/schema";

/** One read transaction of parameterised Cypher, its records as objects. */
export type Run = <T>(query: string, params: Record<string, unknown>) => Promise<T[]>;

/**
 * Nodes read per transaction. Each page is one short read, so no export holds a transaction near
 * the query timeout, and the server holds one page at a time, whatever the graph's size. Decoding a
 * page's records holds the event loop in proportion to its size: at real size (bench:stall, the
 * whole release) pages of 2,000 held it up to 226 ms, of 500 up to 86 ms, of 300 42 ms but took
 * a fifth longer in all.
 */
export const EXPORT_PAGE_SIZE = 500;

export class ExportError extends Error {}

/** A property's Neo4j type, as `valueType()` names it ("INTEGER NOT NULL", "LIST<STRING NOT NULL> NOT NULL"). */
export interface KeyType {
  key: string;
  types: string[];
}

/**
 * What an export reads, page by page: the nodes in id order, then the links starting at them (to
 * nodes of the same part), and for GraphML the type of every property key beforehand. Pages are
 * separate transactions: a write that commits meanwhile may show in later pages only (documented
 * in docs/graphql-api.md); links to a node written after its page are left out of a cluster's part.
 */
export interface ExportPages {
  scope: string;
  nodes(): AsyncGenerator<ExportedNode[]>;
  relationships(): AsyncGenerator<ExportedRelationship[]>;
  nodeKeyTypes(): AsyncGenerator<KeyType[]>;
  relationshipKeyTypes(): AsyncGenerator<KeyType[]>;
}

const INTEGERS = (v: string): string =>
  `[k IN keys(${v}) WHERE valueType(${v}[k]) STARTS WITH 'INTEGER' OR valueType(${v}[k]) STARTS WITH 'LIST<INTEGER' | k]`;

/** Cypher binding `n` to one page of the export's nodes, in id order, after `$after`. */
type Selection = (after: string | null) => { cypher: string; params: Record<string, unknown> } | null;

/** Every node of the graph: by the id index, from where the last page stopped (no SKIP to count past). */
function wholeGraph(pageSize: number): Selection {
  return (after) => ({
    // A plain range on the id (every id is above ""): an `$after IS NULL OR` would make Neo4j scan
    // and sort every node for each page, quadratic over the export.
    cypher: `MATCH (n:${ENTITY_LABEL}) WHERE n.id > $after WITH n ORDER BY n.id LIMIT ${Math.trunc(pageSize)}`,
    params: { after: after ?? "" },
  });
}

/** A cluster's part: its ids are read once (a part is thousands of ids, not the graph). */
function clusterPart(ids: string[], pageSize: number): Selection {
  return (after) => {
    const start = after === null ? 0 : ids.findIndex((id) => id > after);
    if (start < 0 || start >= ids.length) return null;
    return {
      cypher: `UNWIND $ids AS id MATCH (n:${ENTITY_LABEL} {id: id}) WITH n ORDER BY n.id`,
      params: { ids: ids.slice(start, start + pageSize) },
    };
  };
}

/**
 * The export of a cluster's part (the cluster, every node linked to it either way, and the sources
 * of all of them), or of the whole graph when `clusterId` is null. Checks the cluster first, so a
 * wrong one is refused before anything is sent.
 */
export async function openExport(
  run: Run,
  clusterId: string | null,
  pageSize = EXPORT_PAGE_SIZE,
): Promise<ExportPages> {
  let select: Selection;
  let inside: ((id: string) => boolean) | null = null;
  if (clusterId) {
    const found = await run<{ n: number }>("MATCH (c:Cluster {id: $clusterId}) RETURN count(c) AS n", { clusterId });
    if (!found[0]?.n) throw new ExportError(`cluster: no cluster has the id '${clusterId}'.`);
    const rows = await run<{ id: string }>(
      `MATCH (c:Cluster {id: $clusterId})
       CALL (c) { RETURN c AS m UNION MATCH (c)--(m:${ENTITY_LABEL}) RETURN m }
       WITH DISTINCT m
       CALL (m) { RETURN m AS n UNION MATCH (m)-[:STATED_IN]->(n:Source) RETURN n }
       WITH DISTINCT n RETURN n.id AS id ORDER BY id`,
      { clusterId },
    );
    const ids = rows.map((r) => r.id);
    const set = new Set(ids);
    inside = (id) => set.has(id);
    select = clusterPart(ids, pageSize);
  } else select = wholeGraph(pageSize);

  /** Runs `project` (which must return `last`, the page's last node id) page after page. */
  async function* pages<T extends { last: string }>(project: string): AsyncGenerator<T[]> {
    let after: string | null = null;
    for (;;) {
      const selection = select(after);
      if (!selection) return;
      const rows = await run<T>(
        `${selection.cypher} WITH collect(n) AS page WHERE size(page) > 0
         WITH page, page[size(page) - 1].id AS last ${project}`,
        selection.params,
      );
      if (rows.length === 0) return;
      yield rows;
      after = rows[0]!.last;
    }
  }

  return {
    scope: clusterId ?? "all",
    async *nodes() {
      for await (const rows of pages<ExportedNode & { last: string }>(
        `UNWIND page AS n
         RETURN last, n.id AS id, [l IN labels(n) WHERE l <> '${ENTITY_LABEL}'][0] AS label, properties(n) AS properties,
           ${INTEGERS("n")} AS integers`,
      ))
        yield rows.map(({ last: _last, ...node }) => node);
    },
    async *relationships() {
      // One row per node (with its links as a list), so a page of nodes with no links still says where it ended.
      for await (const rows of pages<{ last: string; out: ExportedRelationship[] }>(
        `UNWIND page AS a
         CALL (a) {
           OPTIONAL MATCH (a)-[r]->(b:${ENTITY_LABEL})
           WITH r, b ORDER BY type(r), b.id
           RETURN collect(CASE WHEN r IS NULL THEN null ELSE {from: a.id, type: type(r), to: b.id,
             properties: properties(r), integers: ${INTEGERS("r")}} END) AS out
         }
         RETURN last, out`,
      )) {
        const links = rows.flatMap((r) => r.out);
        yield inside ? links.filter((l) => inside(l.to)) : links;
      }
    },
    async *nodeKeyTypes() {
      for await (const rows of pages<KeyType & { last: string }>(
        `UNWIND page AS n UNWIND keys(n) AS key
         RETURN last, key, collect(DISTINCT valueType(n[key])) AS types`,
      ))
        yield rows;
    },
    async *relationshipKeyTypes() {
      for await (const rows of pages<KeyType & { last: string; key: string | null }>(
        `UNWIND page AS a
         OPTIONAL MATCH (a)-[r]->(:${ENTITY_LABEL})
         UNWIND CASE WHEN r IS NULL THEN [null] ELSE keys(r) END AS key
         RETURN last, key, collect(DISTINCT valueType(r[key])) AS types`,
      ))
        yield rows.filter((r): r is KeyType & { last: string } => r.key !== null);
    },
  };
}
