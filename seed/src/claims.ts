/**
 * Whether the curated data says only what its quotes support. A quote can be verbatim and still
 * not carry the fact it is cited for: a proposal shown as funded, a sector's figures hung on a
 * cluster, a topic guessed from a description, a name of ours presented as a source's. These
 * rules catch the kind of mistake; what they cannot decide they list for a person to review.
 */
import { NAMING_PROPERTIES } from "@lombardy-kg/schema";
import { UNFUNDED_STAGES } from "@lombardy-kg/write";
import type { NodeEntry, PropertyValue, RelationshipEntry, SeedFile } from "./seed-data";
import type { SeedProblem } from "./validate-seed";

/** Stages a source gives to projects that are not funded (yet): they apply to a call. */
const UNFUNDED = new Set<string>(UNFUNDED_STAGES);

/** Words a quote uses when it speaks of a whole sector or system rather than of one cluster. */
const WHOLE = /\b(system|sector|sistema|settore)\b/;

/** What a quote must say for a project's stage to be the source's, not ours. */
const STAGE_WORDS: Record<string, RegExp> = {
  PROPOSAL: /\b(proposal|preparation|proposta|working on the submission)\b/,
  SUBMITTED: /\b(submission|submitted|candidat)/,
  FUNDED: /\b(funded|financed|funding|finanziat)/,
  ONGOING: /\b(ongoing|in corso|two-year|is evolving)\b/,
  COMPLETED: /\b(completed|concluded|concluso)\b/,
};

/** Lower case, no accents, punctuation as spaces: how names are looked for in quotes. */
export function foldForMatch(text: string): string {
  return ` ${text
    .normalize("NFD")
    .replace(/\p{Diacritic}/gu, "")
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim()} `;
}

const contains = (haystack: string, needle: string): boolean => {
  const n = foldForMatch(needle);
  return n.trim() !== "" && haystack.includes(n);
};

function strings(value: PropertyValue | undefined): string[] {
  if (typeof value === "string") return [value];
  if (Array.isArray(value)) return value.filter((v): v is string => typeof v === "string");
  return [];
}

/** The fields a node marks as ours: "nameIt: our translation" marks nameIt. */
function markedFields(node: NodeEntry): Set<string> {
  return new Set(strings(node.properties.inferred).map((m) => m.split(":")[0]?.trim() ?? ""));
}

/**
 * How a source may write a figure's value: 19300 as 19,300 or 19.300, 5,800,000,000 as 5.8 or 5,8
 * (billion), 88,000,000 as 88 (million). Folding turns every separator into a space.
 */
function numberForms(value: PropertyValue | undefined): string[] {
  if (typeof value !== "number") return [];
  const scaled = [value, value / 1e6, value / 1e9].filter((v) => v >= 1 && Number.isFinite(v));
  return scaled.flatMap((v) => [String(Math.round(v * 10) / 10), v.toLocaleString("en-US")]);
}

/** The names a quote may use for a node: names, short names, codes, a topic's keywords, a figure's value. */
function namesOf(node: NodeEntry): string[] {
  return [
    ...["name", "nameIt", "shortName", "acronym", "title", "code", "keywords"].flatMap((k) =>
      strings(node.properties[k]),
    ),
    ...numberForms(node.properties.value),
  ];
}

export interface ClaimCheck {
  problems: SeedProblem[];
  /** Links whose quotes name neither end: not wrong for certain, to be read by a person. */
  reviews: SeedProblem[];
}

export function checkClaims(files: SeedFile[]): ClaimCheck {
  const problems: SeedProblem[] = [];
  const reviews: SeedProblem[] = [];
  const nodes = new Map<string, { node: NodeEntry; file: string }>();
  for (const { file, nodes: list } of files) for (const node of list) nodes.set(node.id, { node, file });
  const linked = new Set<string>();
  const quotesOf = (evidence: { quote: string }[] | undefined): string =>
    (evidence ?? []).map((e) => foldForMatch(e.quote)).join(" | ");

  for (const { file, relationships } of files) {
    for (const rel of relationships) {
      linked.add(rel.from).add(rel.to);
      const entry = `relationship ${rel.from} -[${rel.type}]-> ${rel.to}`;
      const from = nodes.get(rel.from)?.node;
      const to = nodes.get(rel.to)?.node;
      if (!from || !to) continue; // unknown ids are the validator's to report
      const quotes = quotesOf(rel.evidence);
      const inferred = typeof rel.properties?.inferred === "string" && rel.properties.inferred.trim() !== "";
      checkFunding(rel, from, file, entry, problems);
      checkFigureSubject(rel, from, to, file, entry, problems);
      if (rel.type === "ADDRESSES" && !inferred && !namesOf(to).some((n) => contains(quotes, n))) {
        problems.push({
          file,
          entry,
          field: "evidence",
          message: `no quote uses a word for the topic '${String(to.properties.name)}' (its name or keywords): quote one that does, or mark the link inferred with how`,
        });
      }
      if (
        !inferred &&
        !namesOf(from).some((n) => contains(quotes, n)) &&
        !namesOf(to).some((n) => contains(quotes, n))
      ) {
        reviews.push({ file, entry, field: "evidence", message: "no quote names either end of the link" });
      }
    }
  }

  for (const { file, nodes: list } of files) {
    for (const node of list) {
      if (node.type === "Source") continue;
      const entry = `node ${node.id}`;
      if (!linked.has(node.id)) {
        problems.push({
          file,
          entry,
          field: "relationships",
          message: "the node has no link: link it to what its source relates it to, or leave it out",
        });
      }
      checkNaming(node, file, entry, quotesOf(node.evidence), problems);
    }
  }
  return { problems, reviews };
}

function checkFunding(rel: RelationshipEntry, from: NodeEntry, file: string, entry: string, problems: SeedProblem[]) {
  const stage = from.properties.stage;
  if (rel.type === "FUNDED_BY" && typeof stage === "string" && UNFUNDED.has(stage)) {
    problems.push({
      file,
      entry,
      field: "type",
      message: `a project at stage ${stage} is not funded: it APPLIES_TO the call`,
    });
  }
}

function checkFigureSubject(
  rel: RelationshipEntry,
  from: NodeEntry,
  to: NodeEntry,
  file: string,
  entry: string,
  problems: SeedProblem[],
) {
  if (rel.type !== "DESCRIBES") return;
  const subject = foldForMatch(strings(from.properties.subject).join(" "));
  const names = ["name", "nameIt", "shortName", "acronym", "title"].flatMap((k) => strings(to.properties[k]));
  if (!names.some((n) => contains(subject, n))) {
    problems.push({
      file,
      entry,
      field: "to",
      message: `the figure's subject '${strings(from.properties.subject).join("")}' does not name what it describes (${names[0] ?? to.id}): describe the subject its source names`,
    });
  }
  if (to.type !== "Cluster") return;
  const said = [...(from.evidence ?? []), ...rel.evidence].map((e) => foldForMatch(e.quote));
  if (said.some((q) => WHOLE.test(q))) {
    problems.push({
      file,
      entry,
      field: "to",
      message:
        "the figure's quote speaks of a system or sector: it describes that whole (a Group the cluster represents), not the cluster",
    });
  }
}

function checkNaming(node: NodeEntry, file: string, entry: string, quotes: string, problems: SeedProblem[]) {
  const marked = markedFields(node);
  // Italian twins (nameIt, topicIt, descriptionIt) are held to the same rule as names.
  const italian = Object.keys(node.properties).filter((k) => k.endsWith("It"));
  for (const field of new Set([...NAMING_PROPERTIES, ...italian])) {
    const value = node.properties[field];
    if (typeof value !== "string" || marked.has(field) || contains(quotes, value)) continue;
    problems.push({
      file,
      entry,
      field: `properties.${field}`,
      message: `'${value}' is in none of the node's quotes: quote the source that gives it, or mark it ours in 'inferred' ("${field}: how")`,
    });
  }
  const stage = node.properties.stage;
  if (typeof stage === "string" && !marked.has("stage") && !STAGE_WORDS[stage]?.test(quotes)) {
    problems.push({
      file,
      entry,
      field: "properties.stage",
      message: `no quote of the node says the project is ${stage.toLowerCase()}: quote it, or mark it ours in 'inferred'`,
    });
  }
  for (const mark of strings(node.properties.inferred)) {
    const [field, how] = mark.split(":").map((s) => s.trim());
    if (!field || !how || !(field in node.properties)) {
      problems.push({
        file,
        entry,
        field: "properties.inferred",
        message: `'${mark}' must read "field: how", naming a property the node has`,
      });
    }
  }
}
