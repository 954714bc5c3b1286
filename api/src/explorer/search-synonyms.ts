/**
 * Words a search in one language should also find in the other, for the names in this graph:
 * most sources are English, people type Italian. Ours, not a source's: a search aid that never
 * becomes a fact in the graph. Folded (no accents, lower case), each group read both ways.
 */
const GROUPS: readonly (readonly string[])[] = [
  ["energia", "energy", "energetico", "energetica"],
  ["idrogeno", "hydrogen"],
  ["chimica", "chemistry", "chemical", "chimico"],
  ["agroalimentare", "agrifood", "agri", "food", "alimentare"],
  ["mobilita", "mobility"],
  ["aerospazio", "aerospaziale", "aerospace"],
  ["spazio", "space", "spaziale"],
  ["lombardo", "lombarda", "lombardia", "lombardy", "lombard", "lombardian"],
  ["piemonte", "piedmont", "piemontese"],
  ["scienze", "sciences", "science"],
  ["vita", "life"],
  ["salute", "health"],
  ["ricerca", "research"],
  ["istruzione", "education"],
  ["inclusione", "inclusion"],
  ["coesione", "cohesion"],
  ["fabbrica", "factory", "manufacturing", "manifattura", "manifatturiero"],
  ["intelligente", "smart"],
  ["digitale", "digital", "digitalizzazione", "digitalisation"],
  ["transizione", "transition"],
  ["ecologica", "ecological"],
  ["verde", "green"],
  ["ambiente", "environment", "ambienti", "environments"],
  ["abitare", "living"],
  ["economia", "economy"],
  ["circolare", "circular"],
  ["tecnologie", "technologies", "technology", "tecnologia", "tecnologico", "tecnologici"],
  ["rivoluzione", "revolution"],
  ["infrastrutture", "infrastructure", "infrastructures"],
  ["sostenibile", "sustainable"],
  ["innovazione", "innovation"],
  ["cultura", "culture"],
  ["turismo", "tourism"],
  ["missione", "mission"],
  ["componente", "component"],
  ["progetto", "project", "progetti", "projects"],
  ["rete", "network", "reti", "networks"],
  ["evento", "event", "fiera", "fair"],
  ["regione", "region"],
  ["programma", "programme", "program"],
];

const SYNONYMS: ReadonlyMap<string, readonly string[]> = new Map(
  GROUPS.flatMap((group) => group.map((word) => [word, group.filter((other) => other !== word)] as const)),
);

/** The other words a folded word stands for, in either language; none for a word not listed. */
export function synonymsOf(word: string): readonly string[] {
  return SYNONYMS.get(word) ?? [];
}
