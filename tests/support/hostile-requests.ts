/**
 * Requests a hostile client sends, as the hardening review found them: each one once froze the
 * API or ran without bound. Shared by the hardening and fuzz tests.
 */

/** `{ clusters { f0: id f1: id ... } }` */
export const aliasedScalars = (n: number): string =>
  `{ clusters { ${Array.from({ length: n }, (_, i) => `f${i}: id`).join(" ")} } }`;

/** Fragments that spread the next one twice: 2^levels selections from a few hundred bytes. */
export function doublingFragments(levels: number): string {
  let fragments = "";
  for (let i = 0; i < levels; i++) fragments += `fragment F${i} on Cluster { ...F${i + 1} ...F${i + 1} } `;
  return `{ clusters { ...F0 } } ${fragments} fragment F${levels} on Cluster { id name }`;
}

/** Cluster -> members -> clusters -> ... `levels` fields deep below `clusters`, each list of `limit` if given. */
export function chain(levels: number, limit?: number): string {
  const args = limit === undefined ? "" : `(limit: ${limit})`;
  let selection = "id";
  for (let i = levels - 1; i >= 0; i--) {
    selection = `${i % 2 === 0 ? "members" : "clusters"}${args} { id ${selection} }`;
  }
  return `{ clusters${args} { ${selection} } }`;
}

/** `where` with `levels` nested `all` relationship filters. */
export function nestedAll(levels: number): string {
  let where = `{ name: { eq: "nobody" } }`;
  for (let i = levels - 1; i >= 0; i--) where = `{ ${i % 2 === 0 ? "members" : "clusters"}: { all: ${where} } }`;
  return `{ clusters(where: ${where}) { id } }`;
}

/** `n` aliased full introspections. */
export const introspections = (n: number): string =>
  `{ ${Array.from({ length: n }, (_, i) => `s${i}: __schema { types { name fields { name args { name } } } }`).join(" ")} }`;
