import { createHash } from "node:crypto";
import type { ChangeWriter, Properties } from "@lombardy-kg/write";
import { EditError } from "./edit-error";
import { slug } from "./ids";

export interface SourceInput {
  id?: string | null;
  title?: string | null;
  publisher?: string | null;
  url?: string | null;
  date?: string | null;
}

export interface EvidenceInput {
  source: SourceInput;
  quote: string;
}

const text = (v: string | null | undefined): string | undefined => (v && v.trim() ? v.trim() : undefined);

/** A new source's id: the same description gives the same id, so describing it twice makes one Source. */
export function describedSourceId(title: string, publisher?: string, url?: string): string {
  const hash = createHash("sha256")
    .update(`${title}\n${publisher ?? ""}\n${url ?? ""}`)
    .digest("hex")
    .slice(0, 8);
  return `src-user-${slug(title, 40) || "document"}-${hash}`;
}

/**
 * The Source an edit's evidence names: an existing one by id, or a new one described by title
 * (and publisher, URL, date), created once. Returns its id.
 */
export async function resolveSource(
  writer: ChangeWriter,
  input: SourceInput,
  where = "evidence.source",
): Promise<string> {
  const id = text(input.id);
  if (id) {
    const found = await writer.node(id);
    if (!found || found.label !== "Source") throw new EditError(`${where}.id: no Source has the id '${id}'.`);
    return id;
  }
  const title = text(input.title);
  if (!title) throw new EditError(`${where}: give an existing source's id, or a new source's title.`);
  const url = text(input.url);
  if (url && !/^https?:\/\/\S+$/.test(url))
    throw new EditError(`${where}.url: '${url}' is not a web address (http://...).`);
  const publisher = text(input.publisher);
  const sourceId = describedSourceId(title, publisher, url);
  if (!(await writer.node(sourceId))) {
    await writer.createNode("Source", {
      id: sourceId,
      title,
      publisher: publisher ?? null,
      url: url ?? null,
      date: text(input.date) ?? null,
      reference: `added by ${writer.info.by}`,
    });
  }
  return sourceId;
}

export function checkQuote(quote: string, where = "evidence.quote"): string {
  const q = quote.trim();
  if (q.length < 3) throw new EditError(`${where}: say what the source states (at least a few words).`);
  if (q.length > 2000) throw new EditError(`${where}: keep the quote under 2,000 characters.`);
  return q;
}

/** Evidence properties with one more source and quote, unless that pair is there already. */
export function withEvidence(props: Properties | undefined, sourceId: string, quote: string): Properties {
  const sourceIds = [...((props?.sourceIds as string[] | undefined) ?? [])];
  const quotes = [...((props?.quotes as string[] | undefined) ?? [])];
  if (!sourceIds.some((s, i) => s === sourceId && quotes[i] === quote)) {
    sourceIds.push(sourceId);
    quotes.push(quote);
  }
  return { ...props, sourceIds, quotes };
}

/** Says that `sourceId` states the node's facts (its STATED_IN link, the quote added). */
export async function stateNode(writer: ChangeWriter, nodeId: string, sourceId: string, quote: string): Promise<void> {
  await writer.putLink(nodeId, "STATED_IN", sourceId, (current) => withEvidence(current, sourceId, quote));
}

/** Creates or strengthens a link with this evidence; other properties (role) set where given. */
export async function stateLink(
  writer: ChangeWriter,
  fromId: string,
  type: string,
  toId: string,
  sourceId: string,
  quote: string,
  extra: Properties = {},
): Promise<"created" | "updated" | "unchanged"> {
  return writer.putLink(fromId, type, toId, (current) => ({ ...withEvidence(current, sourceId, quote), ...extra }));
}
