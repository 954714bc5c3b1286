import { fetchSources } from "../api/explorer-api";
import { translate, type Lang, type MessageKey } from "../shared/i18n";
import { QueryStatus } from "../shared/query-status";
import { useQuery } from "../shared/use-query";

interface Props {
  lang: Lang;
  onClose: () => void;
}

/** The sections of the page, each a heading and its text, in the interface language. */
const SECTIONS: [MessageKey, MessageKey][] = [
  ["aboutFactsTitle", "aboutFacts"],
  ["aboutOursTitle", "aboutOurs"],
  ["aboutDisputedTitle", "aboutDisputed"],
  ["aboutScoresTitle", "aboutScores"],
  ["aboutLicenceTitle", "aboutLicence"],
];

/**
 * About the data: where every fact comes from (the documents, with dates and publishers), what
 * "ours" and "disputed" mean, how synergy and partner scores are computed, and the licences.
 */
export function AboutPage({ lang, onClose }: Props) {
  const sources = useQuery("sources", fetchSources);
  return (
    <section className="about-page" aria-labelledby="about-title" data-testid="about-page">
      <header className="about-header">
        <h2 id="about-title">{translate(lang, "aboutTitle")}</h2>
        <button type="button" onClick={onClose}>
          {translate(lang, "close")}
        </button>
      </header>
      <h3>{translate(lang, "aboutSourcesTitle")}</h3>
      <QueryStatus query={sources} lang={lang} />
      {sources.data && (
        <div className="table-scroll">
          <table className="about-sources">
            <thead>
              <tr>
                <th scope="col">{translate(lang, "sourceTitle")}</th>
                <th scope="col">{translate(lang, "sourcePublisher")}</th>
                <th scope="col">{translate(lang, "sourceDate")}</th>
                <th scope="col">{translate(lang, "sourceLanguage")}</th>
                <th scope="col">{translate(lang, "sourceFileColumn")}</th>
              </tr>
            </thead>
            <tbody>
              {sources.data.map((s) => (
                <tr key={s.id} data-source={s.id}>
                  <td>
                    {s.url ? (
                      <a href={s.url} target="_blank" rel="noreferrer noopener">
                        {s.title}
                      </a>
                    ) : (
                      s.title
                    )}
                  </td>
                  <td>{s.publisher}</td>
                  <td>{s.date}</td>
                  <td>{s.language}</td>
                  <td>{s.reference}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {SECTIONS.map(([title, text]) => (
        <div key={title}>
          <h3>{translate(lang, title)}</h3>
          <p>{translate(lang, text)}</p>
        </div>
      ))}
    </section>
  );
}
