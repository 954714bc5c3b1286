import { useEffect, useState } from "react";
import { graphqlRequest } from "./graphql-client";

interface ClusterRow {
  id: string;
  name: string;
  shortName: string | null;
  website: string | null;
  memberCount: number | null;
  companyCount: number | null;
  researchOrgCount: number | null;
  otherEntityCount: number | null;
}

const CLUSTERS_QUERY = /* GraphQL */ `
  query StartClusters {
    clusters(sort: [{ name: ASC }]) {
      id
      name
      shortName
      website
      memberCount
      companyCount
      researchOrgCount
      otherEntityCount
    }
  }
`;

type State = { kind: "loading" } | { kind: "error"; message: string } | { kind: "ready"; clusters: ClusterRow[] };

/** A blank figure in the source stays visibly unknown, never 0. */
function figure(value: number | null): string {
  return value === null ? "—" : value.toLocaleString("en");
}

/** The start page until the explorer lands: the nine clusters and their members, from the API. */
export function ClusterList() {
  const [state, setState] = useState<State>({ kind: "loading" });
  const [attempt, setAttempt] = useState(0);
  useEffect(() => {
    const controller = new AbortController();
    graphqlRequest<{ clusters: ClusterRow[] }>(CLUSTERS_QUERY, {}, controller.signal)
      .then((data) => setState({ kind: "ready", clusters: data.clusters }))
      .catch((e: unknown) => {
        if (!controller.signal.aborted) setState({ kind: "error", message: (e as Error).message });
      });
    return () => controller.abort();
  }, [attempt]);
  const retry = (): void => {
    setState({ kind: "loading" });
    setAttempt((n) => n + 1);
  };

  return (
    <main>
      <h1>Lombardy innovation-ecosystem graph</h1>
      <p>
        The nine Lombardy Technology Clusters, from the region's cluster report. Query everything in{" "}
        <a href="/graphql">GraphiQL</a>.
      </p>
      {state.kind === "loading" && <p role="status">Loading the clusters…</p>}
      {state.kind === "error" && (
        <div role="alert" className="error">
          <p>The graph could not be loaded: {state.message}</p>
          <button type="button" onClick={retry}>
            Retry
          </button>
        </div>
      )}
      {state.kind === "ready" && (
        <table>
          <caption>Members as of the report; — where the report leaves the figure blank</caption>
          <thead>
            <tr>
              <th scope="col">Cluster</th>
              <th scope="col">Members</th>
              <th scope="col">Companies</th>
              <th scope="col">Research organisations</th>
              <th scope="col">Other entities</th>
            </tr>
          </thead>
          <tbody>
            {state.clusters.map((c) => (
              <tr key={c.id} data-cluster-id={c.id}>
                <th scope="row">
                  {c.name}
                  {c.shortName ? ` (${c.shortName})` : ""}
                  {c.website && (
                    <>
                      <br />
                      <a href={`https://${c.website.replace(/^https?:\/\//, "")}`} rel="noreferrer" target="_blank">
                        {c.website}
                      </a>
                    </>
                  )}
                </th>
                <td>{figure(c.memberCount)}</td>
                <td>{figure(c.companyCount)}</td>
                <td>{figure(c.researchOrgCount)}</td>
                <td>{figure(c.otherEntityCount)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </main>
  );
}
