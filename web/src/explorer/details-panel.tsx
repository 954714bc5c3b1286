import { useState, type ReactNode } from "react";
import { unlinkNodes } from "../api/editing-api";
import { fetchEntity } from "../api/explorer-api";
import type { Session } from "../api/session";
import { readableQuote } from "../shared/readable-quote";
import { localizedDisagreement, localizedProperties } from "./localized-properties";
import { nodeFullName, nodeLabel, type EvidenceQuote, type Graph } from "../graph/graph-model";
import {
  errorText,
  euros,
  inferredMark,
  type Lang,
  linkRole,
  MONEY_PROPERTIES,
  propertyName,
  relationshipName,
  translate,
  typeName,
} from "../shared/i18n";
import { QueryStatus } from "../shared/query-status";
import { useQuery } from "../shared/use-query";
import { PAGE_SIZE } from "./use-explorer-data";

interface Props {
  id: string;
  lang: Lang;
  graph: Graph;
  pinned: boolean;
  expandedTotal: { loaded: number; total: number } | null;
  onExpand: (relationshipType: string | null) => void;
  onShowMore: () => void;
  onCollapse: () => void;
  onHide: () => void;
  onTogglePin: () => void;
  onFocus: (depth: 1 | 2) => void;
  onSelect: (id: string) => void;
  onClose: () => void;
  /** Opens a cluster's page (members, projects, figures as lists). */
  onClusterPage?: (id: string) => void;
  /** Signed in: the node can be edited here. */
  session?: Session | null;
  /** What a signed-in editor changes on the node (the editing layer's NodeEditor), given the node and its sources. */
  editor?: (node: EditedNode) => ReactNode;
}

/** The node the details panel offers to edit, with the sources it already cites. */
export interface EditedNode {
  id: string;
  type: string;
  session: Session;
  sources: { id: string; title: string }[];
}

/** Types an editor may change from the details panel. */
const EDITABLE_TYPES = new Set(["Cluster", "Organization", "Project", "Event", "Person", "Role"]);

/** Says that the text before it is our translation, not a source's words. */
function OurTranslation({ lang }: { lang: Lang }) {
  return <small className="our-translation"> ({translate(lang, "ourTranslation")})</small>;
}

/** The quote tidied for reading; the words as extracted stay one hover away. */
function QuoteText({ quote, lang }: { quote: string; lang: Lang }) {
  const readable = readableQuote(quote);
  return (
    <p title={readable === quote ? undefined : `${translate(lang, "asExtracted")}: “${quote}”`} data-verbatim={quote}>
      “{readable}”
    </p>
  );
}

function Quote({ evidence, lang }: { evidence: EvidenceQuote; lang: Lang }) {
  return (
    <blockquote className="quote" lang={evidence.sourceLanguage ?? undefined}>
      <QuoteText quote={evidence.quote} lang={lang} />
      <footer>
        {translate(lang, "quoteFrom")}{" "}
        <cite>
          {evidence.sourceUrl ? (
            <a href={evidence.sourceUrl} target="_blank" rel="noreferrer noopener">
              {evidence.sourceTitle ?? evidence.sourceId}
            </a>
          ) : (
            (evidence.sourceTitle ?? evidence.sourceId)
          )}
        </cite>
        {evidence.sourcePublisher ? `, ${evidence.sourcePublisher}` : ""}
        {evidence.sourceDate ? `, ${evidence.sourceDate}` : ""}
        {evidence.sourceReference ? (
          <span className="source-file" title={translate(lang, "sourceFile")}>
            {" "}
            · {evidence.sourceReference}
          </span>
        ) : null}
      </footer>
    </blockquote>
  );
}

/** What one node is, where each fact about it comes from, and what can be done from it. */
export function DetailsPanel(props: Props) {
  const { id, lang, graph } = props;
  const details = useQuery(`entity:${id}`, (signal) => fetchEntity(id, signal));
  const [linkMessage, setLinkMessage] = useState<string | null>(null);
  const removeLink = (from: string, type: string, to: string): void => {
    const note = window.prompt(translate(lang, "removeLinkNote"));
    if (!note?.trim()) return;
    unlinkNodes({ fromId: from, type, toId: to, note: note.trim() }).then(
      (r) => setLinkMessage(r.summary),
      (e: unknown) => setLinkMessage(errorText(lang, e)),
    );
  };

  const byId = new Map(graph.nodes.map((n) => [n.id, n]));
  const links = graph.edges.filter((e) => e.from === id || e.to === id);
  const current = details.loading || details.error ? undefined : details.data;
  const node = current?.entity ?? byId.get(id);

  return (
    <aside className="details" aria-labelledby="details-title" data-testid="details-panel">
      <header className="details-header">
        <h2 id="details-title">{node ? nodeFullName(node, lang) : id}</h2>
        <button type="button" onClick={props.onClose} aria-label={translate(lang, "close")}>
          ×
        </button>
      </header>
      {node && <p className="details-type">{typeName(lang, node.type)}</p>}
      <QueryStatus query={details} lang={lang} />
      <div className="actions">
        {node?.type === "Cluster" && props.onClusterPage && (
          <button type="button" onClick={() => props.onClusterPage?.(id)}>
            {translate(lang, "openClusterPage")}
          </button>
        )}
        <button type="button" onClick={() => props.onExpand(null)}>
          {translate(lang, "expandAll")}
        </button>
        <button type="button" onClick={props.onCollapse}>
          {translate(lang, "collapse")}
        </button>
        <button type="button" onClick={props.onHide}>
          {translate(lang, "hide")}
        </button>
        <button type="button" onClick={props.onTogglePin} aria-pressed={props.pinned}>
          {translate(lang, props.pinned ? "unpin" : "pin")}
        </button>
        <button type="button" onClick={() => props.onFocus(1)}>
          {translate(lang, "focus1")}
        </button>
        <button type="button" onClick={() => props.onFocus(2)}>
          {translate(lang, "focus2")}
        </button>
      </div>
      {props.session &&
        node &&
        EDITABLE_TYPES.has(node.type) &&
        props.editor?.({
          id,
          type: node.type,
          session: props.session,
          sources: [
            ...new Map(
              (current?.evidence ?? []).map((e) => [
                e.sourceId,
                { id: e.sourceId, title: e.sourceTitle ?? e.sourceId },
              ]),
            ).values(),
          ],
        })}
      {props.expandedTotal && props.expandedTotal.total > props.expandedTotal.loaded && (
        <button type="button" className="show-more" onClick={props.onShowMore}>
          {translate(lang, "showMore", {
            n: Math.min(PAGE_SIZE, props.expandedTotal.total - props.expandedTotal.loaded),
          })}
        </button>
      )}
      {current && node?.type === "Figure" && (
        <p className="figure-subject" data-testid="figure-subject">
          {translate(lang, "figureAbout", {
            subject: current.properties.find((p) => p.key === "subject")?.value ?? "?",
          })}
        </p>
      )}
      {current && current.inferred.length > 0 && (
        <section className="ours" aria-labelledby="ours-title">
          <h3 id="ours-title">{translate(lang, "oursOnNode")}</h3>
          <ul>
            {current.inferred.map((mark) => (
              <li key={mark} title={mark}>
                {inferredMark(lang, mark)}
              </li>
            ))}
          </ul>
        </section>
      )}
      {current && current.disagreements.length > 0 && (
        <section className="disagreements" aria-labelledby="disagreements-title">
          <h3 id="disagreements-title">⚠ {translate(lang, "disagreements")}</h3>
          {current.disagreements.map((d) => {
            const shown = localizedDisagreement(d, lang);
            return (
              <div key={d.id} className="disagreement" data-disagreement={d.id}>
                <h4>{shown.topic}</h4>
                <p>
                  {shown.description}
                  {shown.ourTranslation && <OurTranslation lang={lang} />}
                </p>
                {d.evidence.map((e, i) => (
                  <Quote key={i} evidence={e} lang={lang} />
                ))}
              </div>
            );
          })}
        </section>
      )}
      {current && current.neighbourCounts.length > 0 && (
        <section aria-labelledby="expand-title">
          <h3 id="expand-title">{translate(lang, "expandBy")}</h3>
          <ul className="neighbour-counts">
            {current.neighbourCounts.map((c) => (
              <li key={`${c.type}-${c.direction}`}>
                <button type="button" onClick={() => props.onExpand(c.type)}>
                  {relationshipName(lang, c.type)} {c.direction === "IN" ? "←" : "→"} ({c.count})
                </button>
              </li>
            ))}
          </ul>
        </section>
      )}
      {current && (
        <section aria-labelledby="sources-title">
          <h3 id="sources-title">{translate(lang, "sources")}</h3>
          {current.evidence.map((e, i) => (
            <Quote key={i} evidence={e} lang={lang} />
          ))}
        </section>
      )}
      {links.length > 0 && (
        <section aria-labelledby="links-title">
          <h3 id="links-title">{translate(lang, "links")}</h3>
          {linkMessage && <p role="status">{linkMessage}</p>}
          <ul className="links">
            {links.map((e) => {
              const otherId = e.from === id ? e.to : e.from;
              const other = byId.get(otherId);
              return (
                <li key={e.id} data-link={e.id}>
                  <span className="link-type">
                    {e.from === id ? "" : "← "}
                    {relationshipName(lang, e.type)}
                    {e.from === id ? " →" : ""}
                  </span>{" "}
                  <button type="button" className="link-target" onClick={() => props.onSelect(otherId)}>
                    {other ? nodeLabel(other, lang) : otherId}
                  </button>
                  {props.session && (
                    <button
                      type="button"
                      className="remove-link"
                      onClick={() => removeLink(e.from, e.type, e.to)}
                      aria-label={`${translate(lang, "removeLink")}: ${relationshipName(lang, e.type)} ${other ? nodeLabel(other, lang) : otherId}`}
                    >
                      {translate(lang, "removeLink")}
                    </button>
                  )}
                  {(e.role || e.period) && (
                    <span className="link-role" title={e.role ?? undefined}>
                      {" "}
                      · {[e.role ? linkRole(lang, e.role) : null, e.period].filter(Boolean).join(", ")}
                    </span>
                  )}
                  {e.inferred && (
                    <p className="ours" title={translate(lang, "oursHint")}>
                      <strong>{translate(lang, "ours")}:</strong> {e.inferred}
                    </p>
                  )}
                  {e.evidence.map((q, i) => (
                    <Quote key={i} evidence={q} lang={lang} />
                  ))}
                </li>
              );
            })}
          </ul>
        </section>
      )}
      {current && current.properties.length > 0 && (
        <section aria-labelledby="properties-title">
          <h3 id="properties-title">{translate(lang, "properties")}</h3>
          <dl className="properties">
            {localizedProperties(current.properties, current.inferred, lang).map((p) => (
              <div key={p.key}>
                <dt title={p.key}>{propertyName(lang, p.key)}</dt>
                <dd title={MONEY_PROPERTIES.has(p.key) ? p.value : undefined}>
                  {MONEY_PROPERTIES.has(p.key) && Number.isFinite(Number(p.value))
                    ? euros(lang, Number(p.value))
                    : p.value}
                  {p.ourTranslation && <OurTranslation lang={lang} />}
                </dd>
              </div>
            ))}
          </dl>
        </section>
      )}
    </aside>
  );
}
