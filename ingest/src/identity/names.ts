/** Legal forms and words that say nothing of which body it is. */
const LEGAL_FORMS = [
  "spa",
  "s p a",
  "srl",
  "s r l",
  "srls",
  "sas",
  "snc",
  "scarl",
  "s c a r l",
  "scrl",
  "soc coop",
  "societa cooperativa",
  "societa consortile",
  "a r l",
  "arl",
  "onlus",
  "ets",
  "aps",
  "in liquidazione",
  "societa per azioni",
  "societa a responsabilita limitata",
];

/**
 * A body's name as the matcher compares it: accents, apostrophes and case folded ("Universita'"
 * and "Università" alike), punctuation to spaces, legal forms (S.P.A., S.R.L.) dropped.
 */
export function normaliseName(name: string): string {
  const n = name
    .normalize("NFD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/([a-z])'(?=\s|$)/g, "$1") // Universita' -> universita
    .replace(/[^a-z0-9]+/g, " ")
    .trim();
  // Word by word, dropping legal forms of one, two or more words: one pass, no pattern per form.
  const words = n.split(/\s+/).filter((w) => w !== "");
  const kept: string[] = [];
  for (let i = 0; i < words.length;) {
    const form = LEGAL_FORM_WORDS.find((f) => f.every((w, j) => words[i + j] === w));
    if (form) i += form.length;
    else kept.push(words[i++] as string);
  }
  return kept.join(" ");
}

/** Legal forms as word lists, longest first, so "societa per azioni" goes before a shorter form could. */
const LEGAL_FORM_WORDS = LEGAL_FORMS.map((f) => f.split(" ")).sort((a, b) => b.length - a.length);
