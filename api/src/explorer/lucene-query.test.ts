import { describe, expect, it } from "vitest";
import { foldText, searchTerms, toLuceneQuery } from "./lucene-query";

const query = (text: string, mode?: "all" | "some" | "similar") => toLuceneQuery(searchTerms(text), mode);

describe("toLuceneQuery", () => {
  it("makes every word a required prefix, folded like the index", () => {
    expect(query("Sciènze Vita")).toBe(
      "(scienze OR scienze* OR sciences OR sciences* OR science OR science*) AND (vita OR vita* OR life OR life*)",
    );
    expect(query("SYSCHEM")).toBe("(syschem OR syschem*)");
  });

  it("keeps user text from being read as query syntax", () => {
    expect(query('ab:cd (xy) "zw" qq* rr~ -ss')).toBe(
      "(ab OR ab*) AND (cd OR cd*) AND (xy OR xy*) AND (zw OR zw*) AND (qq OR qq*) AND (rr OR rr*) AND (ss OR ss*)",
    );
    expect(query("  ***  ")).toBeUndefined();
  });

  it("drops the little words the index never holds, in English and Italian", () => {
    expect(query("Inclusion and cohesion")).toBe(
      "(inclusion OR inclusion* OR inclusione OR inclusione*) AND (cohesion OR cohesion* OR coesione OR coesione*)",
    );
    expect(searchTerms("Cluster Lombardo della Mobilità").words).toEqual(["cluster", "lombardo", "mobilita"]);
    expect(query("and")).toBeUndefined();
    expect(query("AND OR NOT")).toBeUndefined();
  });

  it("reads PNRR codes however they are written", () => {
    expect(searchTerms("M2C1")).toMatchObject({ components: ["M2C1"], missions: [] });
    expect(searchTerms("m5")).toMatchObject({ missions: [5], components: [] });
    expect(searchTerms("Mission 2")).toMatchObject({ words: ["m2"], missions: [2] });
    expect(searchTerms("missione 6")).toMatchObject({ missions: [6] });
  });

  it("loosens: any word, then words within a typing error", () => {
    expect(query("energy xyzzy", "some")).toBe(
      "(energy OR energy* OR energia OR energia* OR energetico OR energetico* OR energetica OR energetica*) OR (xyzzy OR xyzzy*)",
    );
    expect(query("aerospce", "similar")).toBe("aerospce~2");
    expect(query("chimca xy", "similar")).toBe("chimca~2");
    expect(query("ab", "similar")).toBeUndefined();
  });

  it("folds accents and case", () => {
    expect(foldText("Auvergne-Rhône-Alpes Dolnośląski")).toBe("auvergne-rhone-alpes dolnoslaski");
  });
});
