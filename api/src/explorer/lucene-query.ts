import { synonymsOf } from "./search-synonyms";

/** Lucene's query syntax characters, escaped so user text is only ever text. */
const LUCENE_SPECIAL = /[+\-&|!(){}[\]^"~*?:\\/]/g;

/**
 * Words that carry no meaning in a name: the English stop words the index's standard analyzer
 * drops (so a query term "and" could never match), and the Italian articles and prepositions
 * people type ("Cluster Lombardo della Mobilità").
 */
const STOP_WORDS: ReadonlySet<string> = new Set([
  // Lucene's EnglishAnalyzer.ENGLISH_STOP_WORDS_SET, which standard-folding uses.
  ..."a an and are as at be but by for if in into is it no not of on or such that the their then there these they this to was will with".split(
    " ",
  ),
  ..."il lo la i gli le l un una uno di del dello della dei degli delle d da dal dallo dalla dai dagli dalle nel nello nella nei negli nelle con su sul sulla per tra fra e ed o al allo alla ai agli alle".split(
    " ",
  ),
]);

/** Words a query may hold; more are ignored (a name is rarely longer). */
const MAX_WORDS = 8;

/** Lower-case and without accents, as the index's standard-folding analyzer stores terms. */
export function foldText(text: string): string {
  return text
    .normalize("NFD")
    .replace(/\p{Diacritic}/gu, "")
    .toLowerCase();
}

/** What a person typed, read for search: the words to look for and the PNRR codes it names. */
export interface SearchTerms {
  words: string[];
  /** Mission numbers named as M2, "Mission 2", "Missione 2". */
  missions: number[];
  /** Component codes named as M2C1 (upper case, as the graph stores them). */
  components: string[];
}

/** Splits, folds and cleans the text; PNRR codes are recognised whatever their spelling. */
export function searchTerms(text: string): SearchTerms {
  const folded = foldText(text).replace(/\bmission[ei]?\s+(\d)\b/g, "m$1");
  const all = folded
    .split(/[\s\p{P}]+/u)
    .map((w) => w.replace(LUCENE_SPECIAL, ""))
    .filter((w) => w.length > 0);
  const meaningful = all.filter((w) => !STOP_WORDS.has(w));
  const words = (meaningful.length ? meaningful : []).slice(0, MAX_WORDS);
  const missions = words.flatMap((w) => (/^m[1-6]$/.test(w) ? [Number(w.slice(1))] : []));
  const components = words.flatMap((w) => (/^m[1-6]c\d$/.test(w) ? [w.toUpperCase()] : []));
  return { words, missions, components };
}

/**
 * How strictly the words must match: every word (as a prefix, or one of its synonyms), any of
 * them (ranked by how many), or any of them within a typing error or two.
 */
export type MatchMode = "all" | "some" | "similar";

/** The word, its prefixes and its synonyms in the other language, as one clause. */
function clause(word: string, mode: MatchMode): string {
  if (mode === "similar") {
    // Fuzzy terms bypass the analyzer too; one edit for short words, two for longer ones.
    return `${word}~${word.length <= 5 ? 1 : 2}`;
  }
  const alternatives = [word, `${word}*`, ...synonymsOf(word).flatMap((s) => [s, `${s}*`])];
  return `(${alternatives.join(" OR ")})`;
}

/**
 * A fulltext query for the terms in a mode. Prefix and fuzzy terms bypass the analyzer, hence the
 * folding in `searchTerms`. Undefined when nothing searchable is left.
 */
export function toLuceneQuery(terms: SearchTerms, mode: MatchMode = "all"): string | undefined {
  const words = mode === "similar" ? terms.words.filter((w) => w.length >= 4) : terms.words;
  if (words.length === 0) return undefined;
  return words.map((w) => clause(w, mode)).join(mode === "all" ? " AND " : " OR ");
}
