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

const SHARED_PHRASES: Record<string, string> = {
  Project: "both take part in the project",
  Network: "both are in the network",
  PnrrComponent: "both contribute to the PNRR component",
  Topic: "both work on",
  Organization: "both are linked to",
  Programme: "both have projects funded by",
  S3Ecosystem: "both belong to the S3 ecosystem",
};

const VERBS: Record<string, [forward: string, backward: string]> = {
  ADDRESSES: ["addresses", "is addressed by"],
  PARTICIPATES_IN: ["takes part in", "has as participant"],
  IN_NETWORK: ["is in", "includes"],
  CONTRIBUTES_TO: ["contributes to", "is contributed to by"],
  IN_ECOSYSTEM: ["belongs to the S3 ecosystem", "includes"],
  MEMBER_OF: ["is a member of", "has as member"],
  PARTNERS_WITH: ["partners with", "partners with"],
};

export function sharedReason(item: SharedItem): string {
  return `${SHARED_PHRASES[item.kind] ?? "both are linked to"} ${item.name}`;
}

/** "Lombardy Mobility Cluster takes part in SHINE, which addresses Hydrogen". */
export function pathReason(path: Omit<FilterPath, "ids">): string {
  const verb = (i: number): string => {
    const type = path.types[i] ?? "";
    const [forward, backward] = VERBS[type] ?? [
      type.toLowerCase().replace(/_/g, " "),
      `is ${type.toLowerCase().replace(/_/g, " ")} of`,
    ];
    return path.forward[i] ? forward : backward;
  };
  const [first, ...rest] = path.names;
  let sentence = `${first} ${verb(0)} ${rest[0] ?? ""}`;
  for (let i = 1; i < path.types.length; i++) sentence += `, which ${verb(i)} ${rest[i] ?? ""}`;
  return sentence;
}
