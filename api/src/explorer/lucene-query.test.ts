import { describe, expect, it } from "vitest";
import { foldText, toLuceneQuery } from "./lucene-query";

describe("toLuceneQuery", () => {
  it("makes every word a required prefix, folded like the index", () => {
    expect(toLuceneQuery("Sciènze Vita")).toBe("(scienze OR scienze*) AND (vita OR vita*)");
    expect(toLuceneQuery("SYSCHEM")).toBe("(syschem OR syschem*)");
  });
  it("keeps user text from being read as query syntax", () => {
    expect(toLuceneQuery('a:b (c) "d" e* f~ -g')).toBe(
      "(a OR a*) AND (b OR b*) AND (c OR c*) AND (d OR d*) AND (e OR e*) AND (f OR f*) AND (g OR g*)",
    );
    expect(toLuceneQuery("  ***  ")).toBeUndefined();
  });
  it("folds accents and case", () => {
    expect(foldText("Auvergne-Rhône-Alpes Dolnośląski")).toBe("auvergne-rhone-alpes dolnoslaski");
  });
});
