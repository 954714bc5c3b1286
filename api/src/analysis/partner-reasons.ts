/** Turns the evidence behind a partner suggestion into sentences a cluster manager can read. */

export interface SharedItem {
  kind: string;
  name: string;
}

export interface FilterPath {
  /** Ids and names of the nodes along the path, from the candidate to the filter node. */
  ids: string[];
  names: string[];
  types: string[];
  /** Whether each relationship points along the path (candidate towards filter). */
  forward: boolean[];
}

/** The languages reasons are written in: the explorer's. */
export const REASON_LANGUAGES = ["en", "it"] as const;
export type ReasonLanguage = (typeof REASON_LANGUAGES)[number];

interface Phrasebook {
  shared: Record<string, string>;
  sharedOther: string;
  verbs: Record<string, [forward: string, backward: string]>;
  /** A relationship type the book has no verb for. */
  otherVerb: (type: string) => [string, string];
  which: string;
}

const PHRASEBOOKS: Record<ReasonLanguage, Phrasebook> = {
  en: {
    shared: {
      Project: "both take part in the project",
      Network: "both are in the network",
      PnrrComponent: "both contribute to the PNRR component",
      Topic: "both work on",
      Organization: "both are linked to",
      Programme: "both have projects funded by",
      S3Ecosystem: "both belong to the S3 ecosystem",
    },
    sharedOther: "both are linked to",
    verbs: {
      ADDRESSES: ["addresses", "is addressed by"],
      PARTICIPATES_IN: ["takes part in", "has as participant"],
      IN_NETWORK: ["is in", "includes"],
      CONTRIBUTES_TO: ["contributes to", "is contributed to by"],
      IN_ECOSYSTEM: ["belongs to the S3 ecosystem", "includes"],
      MEMBER_OF: ["is a member of", "has as member"],
      PARTNERS_WITH: ["partners with", "partners with"],
    },
    otherVerb: (type) => {
      const words = type.toLowerCase().replace(/_/g, " ");
      return [words, `is ${words} of`];
    },
    which: "which",
  },
  it: {
    shared: {
      Project: "entrambi partecipano al progetto",
      Network: "entrambi sono nella rete",
      PnrrComponent: "entrambi contribuiscono alla componente PNRR",
      Topic: "entrambi lavorano su",
      Organization: "entrambi sono collegati a",
      Programme: "entrambi hanno progetti finanziati da",
      S3Ecosystem: "entrambi appartengono all'ecosistema S3",
    },
    sharedOther: "entrambi sono collegati a",
    verbs: {
      ADDRESSES: ["tratta", "è trattato da"],
      PARTICIPATES_IN: ["partecipa a", "ha tra i partecipanti"],
      IN_NETWORK: ["è nella rete", "comprende"],
      CONTRIBUTES_TO: ["contribuisce a", "riceve il contributo di"],
      IN_ECOSYSTEM: ["appartiene all'ecosistema S3", "comprende"],
      MEMBER_OF: ["è socio di", "ha tra i soci"],
      PARTNERS_WITH: ["collabora con", "collabora con"],
    },
    otherVerb: () => ["è collegato a", "è collegato a"],
    which: "che",
  },
};

export function sharedReason(item: SharedItem, language: ReasonLanguage = "en"): string {
  const book = PHRASEBOOKS[language];
  return `${book.shared[item.kind] ?? book.sharedOther} ${item.name}`;
}

/** "Lombardy Mobility Cluster takes part in SHINE, which addresses Hydrogen". */
export function pathReason(path: Omit<FilterPath, "ids">, language: ReasonLanguage = "en"): string {
  const book = PHRASEBOOKS[language];
  const verb = (i: number): string => {
    const type = path.types[i] ?? "";
    const [forward, backward] = book.verbs[type] ?? book.otherVerb(type);
    return path.forward[i] ? forward : backward;
  };
  const [first, ...rest] = path.names;
  let sentence = `${first} ${verb(0)} ${rest[0] ?? ""}`;
  for (let i = 1; i < path.types.length; i++) sentence += `, ${book.which} ${verb(i)} ${rest[i] ?? ""}`;
  return sentence;
}

/** A candidate's PNRR projects under one component, in one province (null: no province named). */
export interface PnrrGroup {
  component: string;
  province: string | null;
  projects: number;
  funding: number;
}

function money(value: number, language: ReasonLanguage): string {
  const locale = language === "it" ? "it-IT" : "en-GB";
  const [scaled, unit] =
    value >= 1e9
      ? [value / 1e9, language === "it" ? "mld" : "bn"]
      : value >= 1e6
        ? [value / 1e6, language === "it" ? "mln" : "M"]
        : [value, ""];
  const digits = value >= 1e6 ? 1 : 0;
  const text = scaled.toLocaleString(locale, { minimumFractionDigits: digits, maximumFractionDigits: digits });
  return language === "it" ? `${text}${unit ? ` ${unit}` : ""} €` : `EUR ${text}${unit ? ` ${unit}` : ""}`;
}

/** "implements 12 PNRR projects under M4C2 in Milano, EUR 40.1 M" (Italia Domani's open data). */
export function pnrrReason(g: PnrrGroup, language: ReasonLanguage = "en"): string {
  const where = g.province ? (language === "it" ? ` a ${g.province}` : ` in ${g.province}`) : "";
  return language === "it"
    ? `attua ${g.projects} ${g.projects === 1 ? "progetto" : "progetti"} PNRR della ${g.component}${where}, ${money(g.funding, language)}`
    : `implements ${g.projects} PNRR ${g.projects === 1 ? "project" : "projects"} under ${g.component}${where}, ${money(g.funding, language)}`;
}
