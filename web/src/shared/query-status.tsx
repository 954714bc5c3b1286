import { errorText, translate, type Lang } from "./i18n";
import type { QueryState } from "./use-query";

/**
 * What a view shows instead of its data while the data is not there: "Loading…", or the error
 * with a Retry that asks again. Renders nothing once the data has come.
 */
export function QueryStatus({ query, lang }: { query: QueryState<unknown>; lang: Lang }) {
  if (query.error !== null) {
    return (
      <div role="alert" className="error">
        <p>
          {translate(lang, "apiDown")} {errorText(lang, query.error)}
        </p>
        <button type="button" onClick={query.retry}>
          {translate(lang, "retry")}
        </button>
      </div>
    );
  }
  if (query.loading) return <p role="status">{translate(lang, "loading")}</p>;
  return null;
}
