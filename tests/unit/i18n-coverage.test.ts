/**
 * A UI label with no Italian fails here: every sentence of the interface, every node type,
 * relationship type and property of the graph model (the details panel shows them all), and every
 * error code the interface words, has its Italian in web/src/shared/locales/it.ts.
 */
import { describe, expect, it } from "vitest";
import { readNodeTypes } from "@lombardy-kg/schema";
import { LOCALES } from "../../web/src/shared/i18n";
import { CLIENT_ERROR_CODES } from "../../web/src/api/graphql-client";

const { en, it: italian } = LOCALES;
const model = readNodeTypes().filter((t) => !["ChangeSet", "Change", "Account"].includes(t.label));

/** Words that are the same in both languages, said once here so that a forgotten one is not mistaken for one. */
const SAME_IN_ITALIAN = new Set([
  "Cluster",
  "Password",
  "CUP",
  "File",
  "Partner",
  "PNG",
  "JSON",
  "CSV",
  "GraphML",
  "GraphiQL",
]);

/** The keys of `names` (a locale's table) that are missing in Italian or left as the English. */
function untranslated(table: "messages" | "types" | "relationships" | "properties" | "errors", keys: string[]) {
  const enTable = en[table] as Record<string, string>;
  const itTable = italian[table] as Record<string, string>;
  return keys.filter((k) => {
    const it = itTable[k];
    if (!it?.trim()) return true;
    return it === enTable[k] && !SAME_IN_ITALIAN.has(it) && /[a-z]{3}/.test(it.replace(/\{\w+\}/g, ""));
  });
}

describe("every label the interface shows has its Italian", () => {
  it("every sentence", () => {
    expect(untranslated("messages", Object.keys(en.messages))).toEqual([]);
  });

  it("every node type of the model", () => {
    const labels = model.map((t) => t.label);
    expect(labels.filter((l) => !en.types[l])).toEqual([]);
    expect(untranslated("types", labels)).toEqual([]);
  });

  it("every relationship type of the model", () => {
    const types = [...new Set(model.flatMap((t) => t.relationships.map((r) => r.type)))];
    expect(types.filter((t) => !en.relationships[t])).toEqual([]);
    expect(untranslated("relationships", types)).toEqual([]);
  });

  it("every property of the model", () => {
    const hidden = new Set(["id", "dataset", "synthetic", "inferred", "nameIt"]);
    const keys = [...new Set(model.flatMap((t) => [...t.properties.keys()]))].filter((k) => !hidden.has(k));
    expect(keys.filter((k) => !en.properties[k])).toEqual([]);
    expect(untranslated("properties", keys)).toEqual([]);
  });

  it("every failure the client words by its code", () => {
    const codes = [...Object.values(CLIENT_ERROR_CODES), "DATABASE_UNAVAILABLE", "QUERY_TIMEOUT", "RATE_LIMITED"];
    expect(codes.filter((c) => !en.errors[c] || !italian.errors[c])).toEqual([]);
    expect(untranslated("errors", Object.keys(en.errors))).toEqual([]);
  });
});
