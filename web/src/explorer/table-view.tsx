import { readableQuote } from "../shared/readable-quote";
import { nodeFullName, type Graph } from "../graph/graph-model";
import { relationshipName, translate, typeName, type Lang } from "../shared/i18n";

interface Props {
  graph: Graph;
  lang: Lang;
  onSelect: (id: string) => void;
}

/** The visible nodes and links as tables: for screen readers, keyboards and copying. */
export function TableView({ graph, lang, onSelect }: Props) {
  const names = new Map(graph.nodes.map((n) => [n.id, nodeFullName(n, lang)]));
  return (
    <div className="table-view" data-testid="table-view">
      <table>
        <caption>
          {translate(lang, "nodes")} ({graph.nodes.length})
        </caption>
        <thead>
          <tr>
            <th scope="col">{translate(lang, "name")}</th>
            <th scope="col">{translate(lang, "type")}</th>
          </tr>
        </thead>
        <tbody>
          {graph.nodes.map((n) => (
            <tr key={n.id} data-node-id={n.id}>
              <th scope="row">
                <button type="button" className="link-button" onClick={() => onSelect(n.id)}>
                  {nodeFullName(n, lang)}
                </button>
              </th>
              <td>{typeName(lang, n.type)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <table>
        <caption>
          {translate(lang, "edges")} ({graph.edges.length})
        </caption>
        <thead>
          <tr>
            <th scope="col">{translate(lang, "from")}</th>
            <th scope="col">{translate(lang, "type")}</th>
            <th scope="col">{translate(lang, "to")}</th>
            <th scope="col">{translate(lang, "source")}</th>
          </tr>
        </thead>
        <tbody>
          {graph.edges.map((e) => (
            <tr key={e.id} data-edge-id={e.id}>
              <td>{names.get(e.from) ?? e.from}</td>
              <td>{relationshipName(lang, e.type)}</td>
              <td>{names.get(e.to) ?? e.to}</td>
              <td>
                {e.evidence.map((q) => `“${readableQuote(q.quote)}” (${q.sourceTitle ?? q.sourceId})`).join("; ")}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
