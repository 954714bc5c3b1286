/** Lucene's query syntax characters, escaped so user text is only ever text. */
const LUCENE_SPECIAL = /[+\-&|!(){}[\]^"~*?:\\/]/g;

/** Lower-case and without accents, as the index's standard-folding analyzer stores terms. */
export function foldText(text: string): string {
  return text
    .normalize("NFD")
    .replace(/\p{Diacritic}/gu, "")
    .toLowerCase();
}

/**
 * Turns what a person types into a fulltext query: every word must match, each as a prefix
 * ("syschem" finds SYSCHEMIQ). Prefix terms bypass the analyzer, hence the folding here.
 * Returns undefined when nothing searchable is left.
 */
export function toLuceneQuery(text: string): string | undefined {
  const words = foldText(text)
    .split(/[\s\p{P}]+/u)
    .map((w) => w.replace(LUCENE_SPECIAL, ""))
    .filter((w) => w.length > 0)
    .slice(0, 8);
  if (words.length === 0) return undefined;
  return words.map((w) => `(${w} OR ${w}*)`).join(" AND ");
}
