/**
 * A quote as a person reads it. Quotes are stored exactly as the text was extracted from the
 * document (so they can be found in it again); extraction leaves headings in capitals, bullet
 * glyphs between words, footnote marks and words split at a line end ("Rhône- Alpes"). This tidies
 * only those, for display: the stored quote, exports and the tooltip keep the words as extracted.
 */

/** A word in capitals, punctuation after it allowed ("MEMBERS", "S3", "ENERGY,"). */
const CAPITALS = /^(?=.*\p{Lu})[\p{Lu}\p{N}&'’]+[,.:;]?$/u;
/** Short words in capitals that are words, not acronyms. */
const SMALL_WORDS = new Set(["OF", "AND", "FOR", "THE", "IN", "TO", "ON", "DI", "E", "PER", "DEL", "DELLA", "DEI"]);
const letters = (word: string): number => (word.match(/\p{Lu}/gu) ?? []).length;

/**
 * Headings and banners in capitals ("NUMBER OF MEMBERS", "AEROSPACE · AGRIFOOD") in sentence case:
 * a run of capital words, two of them at least four letters long. Acronyms stay as they are: a
 * lone word in capitals, short words that are not small words, words with digits (S3, M2C1).
 */
function headingsInSentenceCase(text: string): string {
  const parts = text.split(/(\s+)/);
  const out = [...parts];
  let i = 0;
  while (i < parts.length) {
    if (!CAPITALS.test(parts[i] ?? "") || /^\d+$/.test(parts[i] ?? "")) {
      i++;
      continue;
    }
    let j = i;
    const words: number[] = [];
    while (j < parts.length) {
      const part = parts[j] ?? "";
      if (j % 2 === 1 ? /^\s+$/.test(part) : (CAPITALS.test(part) && !/^\d+$/.test(part)) || part === "·") {
        if (j % 2 === 0 && part !== "·") words.push(j);
        j++;
        // a list of acronyms ("ENAC, ENAV") is not a heading: punctuation ends the run
        if (/[,.:;]$/.test(part)) break;
      } else break;
    }
    if (words.filter((w) => letters(parts[w] ?? "") >= 4).length >= 2) {
      let sentenceStart = true;
      for (let w = i; w < j; w += 2) {
        const word = parts[w] ?? "";
        if (word === "·") {
          sentenceStart = true;
          continue;
        }
        const acronym = /\p{N}/u.test(word) || (letters(word) <= 3 && !SMALL_WORDS.has(word.replace(/[,.:;]$/, "")));
        if (!acronym) {
          const lower = word.toLowerCase();
          out[w] = sentenceStart ? lower.charAt(0).toUpperCase() + lower.slice(1) : lower;
        }
        sentenceStart = false;
      }
    }
    i = Math.max(j, i + 1);
  }
  return out.join("");
}

export function readableQuote(quote: string): string {
  return headingsInSentenceCase(
    quote
      // a word split at a line end: the hyphen follows a small letter ("Rhône- Alpes")
      // (not "De- and Remanufacturing", where the hyphen waits for the word after "and")
      .replace(/(\p{Ll})- (?!(?:and|or|e|o|ed)\b)(?=\p{L})/gu, "$1-")
      // a dash after an acronym, its space lost ("ARA- Automotive")
      .replace(/(\p{Lu})- (?=\p{Lu})/gu, "$1 – ")
      // bullets between items
      .replace(/\s*[●•▪■]\s*/gu, " · ")
      .replace(/^ · | · $/gu, "")
      // a footnote mark before the text
      .replace(/^[¹²³⁴⁵⁶⁷⁸⁹⁰]+\s*/u, "")
      .replace(/\s{2,}/g, " ")
      .trim(),
  );
}
