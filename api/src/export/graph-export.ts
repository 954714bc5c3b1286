import type { ExportedNode, ExportedRelationship, GraphJson } from "@lombardy-kg/ingest";
import { ExportError, openExport, type ExportPages, type KeyType, type Run } from "./export-pages";

export { ExportError };

/** The JSON export: its shape is the one the JSON import reads (ingest's GraphJson). */
export type GraphExport = GraphJson;

/** Text the export sends, piece by piece: what one page of the database gives. */
export type Chunks = AsyncGenerator<string>;

/** The whole export in memory: for scripts and tests on small graphs; HTTP streams `exportChunks`. */
export async function exportGraph(run: Run, clusterId: string | null): Promise<GraphExport> {
  const pages = await openExport(run, clusterId);
  const nodes: ExportedNode[] = [];
  const relationships: ExportedRelationship[] = [];
  for await (const page of slices(pages.nodes())) nodes.push(...page);
  for await (const page of slices(pages.relationships())) relationships.push(...page);
  return { ...header(pages.scope), nodes, relationships };
}

const header = (scope: string): Omit<GraphExport, "nodes" | "relationships"> => ({
  format: "lombardy-kg/graph",
  version: 1,
  exportedAt: new Date().toISOString(),
  scope,
});

/** A page source for the writers, from memory (tests, small graphs). */
export function pagesOf(g: GraphExport): ExportPages {
  const keyTypes = (items: { properties: Record<string, unknown> }[]): KeyType[] => {
    const types = new Map<string, Set<string>>();
    for (const item of items)
      for (const [key, v] of Object.entries(item.properties)) {
        if (v === null || v === undefined) continue;
        const set = types.get(key) ?? new Set<string>();
        set.add(valueTypeOf(v));
        types.set(key, set);
      }
    return [...types].map(([key, set]) => ({ key, types: [...set] }));
  };
  const once = async function* <T>(items: T): AsyncGenerator<T> {
    yield items;
  };
  return {
    scope: g.scope,
    nodes: () => once(g.nodes),
    relationships: () => once(g.relationships),
    nodeKeyTypes: () => once(keyTypes(g.nodes)),
    relationshipKeyTypes: () => once(keyTypes(g.relationships)),
  };
}

/** Neo4j's name for the type of a value as JSON gave it back. */
const valueTypeOf = (v: unknown): string =>
  typeof v === "boolean"
    ? "BOOLEAN"
    : Number.isInteger(v)
      ? "INTEGER"
      : typeof v === "number"
        ? "FLOAT"
        : Array.isArray(v)
          ? "LIST"
          : "STRING";

/** Items written between two turns of the event loop: a few milliseconds of text each. */
const SLICE = 250;

/**
 * The pages cut into slices, with a turn of the event loop between two: writing a page's text
 * at once held the loop for up to 200 ms at real size (`npm run bench:stall`).
 */
async function* slices<T>(pages: AsyncGenerator<T[]>): AsyncGenerator<T[]> {
  for await (const page of pages)
    for (let i = 0; i < page.length; i += SLICE) {
      yield page.slice(i, i + SLICE);
      await new Promise<void>((resolve) => setImmediate(resolve));
    }
}

/** The JSON export, one node or link a line, in the order the import reads. */
export async function* jsonChunks(pages: ExportPages): Chunks {
  const head = JSON.stringify(header(pages.scope));
  yield `${head.slice(0, -1)},\n"nodes":[`;
  let first = true;
  for await (const page of slices(pages.nodes())) {
    yield page.map((n) => `${first ? ((first = false), "\n") : ",\n"}${JSON.stringify(n)}`).join("");
  }
  yield `\n],\n"relationships":[`;
  first = true;
  for await (const page of slices(pages.relationships())) {
    yield page.map((r) => `${first ? ((first = false), "\n") : ",\n"}${JSON.stringify(r)}`).join("");
  }
  yield "\n]}\n";
}

/** Text a spreadsheet would run as a formula: it gets a leading apostrophe (OWASP's CSV injection advice). */
const FORMULA_START = /^[=+\-@\t\r]/;

const csvCell = (v: unknown): string => {
  const text = v === null || v === undefined ? "" : typeof v === "string" ? v : JSON.stringify(v);
  const s = FORMULA_START.test(text) && typeof v !== "number" ? `'${text}` : text;
  return /[",\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
};

const nameOf = (n: ExportedNode): unknown => {
  const p = n.properties;
  return p.name ?? p.title ?? p.acronym ?? p.metric ?? n.id;
};

/** Gephi's node table: Id, Label (the name), Type, and every property as JSON. */
export async function* nodesCsvChunks(pages: ExportPages): Chunks {
  yield "Id,Label,Type,properties\r\n";
  for await (const page of slices(pages.nodes()))
    yield page.map((n) => `${[n.id, nameOf(n), n.label, n.properties].map(csvCell).join(",")}\r\n`).join("");
}

/** Gephi's edge table: Source, Target, Type (directed), and the link's properties as JSON. */
export async function* relationshipsCsvChunks(pages: ExportPages): Chunks {
  yield "Source,Target,Type,Kind,properties\r\n";
  for await (const page of slices(pages.relationships()))
    yield page.map((r) => `${[r.from, r.to, "Directed", r.type, r.properties].map(csvCell).join(",")}\r\n`).join("");
}

const xml = (s: string): string =>
  s
    .replace(/[<>&"']/g, (c) => ({ "<": "&lt;", ">": "&gt;", "&": "&amp;", '"': "&quot;", "'": "&apos;" })[c]!)
    .replace(
      // Characters XML 1.0 does not allow at all.
      // eslint-disable-next-line no-control-regex -- matching them is the point
      /[\u0000-\u0008\u000B\u000C\u000E-\u001F]/g,
      "",
    );

type GraphmlType = "boolean" | "long" | "double" | "string";

/** GraphML's type for a Neo4j type; lists and dates are written as text. */
function graphmlType(valueType: string): GraphmlType {
  if (valueType.startsWith("BOOLEAN")) return "boolean";
  if (valueType.startsWith("INTEGER")) return "long";
  if (valueType.startsWith("FLOAT")) return "double";
  return "string";
}

/** The narrowest GraphML type that holds both: a key's type, widened page by page. */
function widen(type: GraphmlType | undefined, own: GraphmlType): GraphmlType {
  if (type === undefined || type === own) return own;
  const numbers = new Set<GraphmlType>(["long", "double"]);
  return numbers.has(type) && numbers.has(own) ? "double" : "string";
}

async function keysOf(pages: AsyncGenerator<KeyType[]>, prefix: string) {
  const types = new Map<string, GraphmlType>();
  for await (const page of pages)
    for (const { key, types: names } of page)
      for (const name of names) if (!name.startsWith("NULL")) types.set(key, widen(types.get(key), graphmlType(name)));
  return [...types]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([k, type]) => ({ id: `${prefix}_${k}`, name: k, type }));
}

/**
 * GraphML for Gephi and yEd: one key per property (lists as JSON text), the label as `label` and
 * `type`. The keys come first in GraphML, so their types are read in a first pass (by the database,
 * page by page), before the nodes and links.
 */
export async function* graphmlChunks(pages: ExportPages): Chunks {
  const nodeKeys = await keysOf(pages.nodeKeyTypes(), "n");
  const edgeKeys = await keysOf(pages.relationshipKeyTypes(), "e");
  const value = (v: unknown): string => xml(typeof v === "string" ? v : JSON.stringify(v));
  yield [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">',
    '  <key id="label" for="node" attr.name="label" attr.type="string"/>',
    '  <key id="type" for="node" attr.name="type" attr.type="string"/>',
    '  <key id="rel" for="edge" attr.name="type" attr.type="string"/>',
    ...nodeKeys.map((k) => `  <key id="${k.id}" for="node" attr.name="${xml(k.name)}" attr.type="${k.type}"/>`),
    ...edgeKeys.map((k) => `  <key id="${k.id}" for="edge" attr.name="${xml(k.name)}" attr.type="${k.type}"/>`),
    `  <graph id="${xml(pages.scope)}" edgedefault="directed">`,
    "",
  ].join("\n");
  for await (const page of slices(pages.nodes())) {
    const out: string[] = [];
    for (const n of page) {
      const p = n.properties;
      out.push(`    <node id="${xml(n.id)}">`, `      <data key="label">${value(nameOf(n))}</data>`);
      out.push(`      <data key="type">${xml(n.label)}</data>`);
      for (const k of nodeKeys)
        if (p[k.name] !== undefined && p[k.name] !== null)
          out.push(`      <data key="${k.id}">${value(p[k.name])}</data>`);
      out.push("    </node>");
    }
    yield `${out.join("\n")}\n`;
  }
  let edge = 0;
  for await (const page of slices(pages.relationships())) {
    const out: string[] = [];
    for (const r of page) {
      out.push(`    <edge id="e${edge++}" source="${xml(r.from)}" target="${xml(r.to)}">`);
      out.push(`      <data key="rel">${xml(r.type)}</data>`);
      for (const k of edgeKeys)
        if (r.properties[k.name] !== undefined && r.properties[k.name] !== null)
          out.push(`      <data key="${k.id}">${value(r.properties[k.name])}</data>`);
      out.push("    </edge>");
    }
    if (out.length) yield `${out.join("\n")}\n`;
  }
  yield "  </graph>\n</graphml>\n";
}

/** The formats GET /export/graph.<format> sends, each as a writer over the pages. */
export const EXPORT_FORMATS = {
  json: { type: "application/json", write: jsonChunks },
  graphml: { type: "application/graphml+xml", write: graphmlChunks },
  "nodes.csv": { type: "text/csv", write: nodesCsvChunks },
  "relationships.csv": { type: "text/csv", write: relationshipsCsvChunks },
} as const;

export type ExportFormat = keyof typeof EXPORT_FORMATS;

/** The whole text of one format, for tests and small graphs. */
export async function exportText(format: ExportFormat, g: GraphExport): Promise<string> {
  let text = "";
  for await (const chunk of EXPORT_FORMATS[format].write(pagesOf(g))) text += chunk;
  return text;
}

export { openExport };
