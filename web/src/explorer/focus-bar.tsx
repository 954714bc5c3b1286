import { translate, type Lang } from "../shared/i18n";

interface Props {
  lang: Lang;
  name: string;
  depth: 1 | 2;
  /** Neighbours drawn, and how many the node has at that depth in all. */
  shown: number;
  total: number;
  onMore: () => void;
  onLeave: () => void;
}

/**
 * Says the graph shows one node's neighbourhood only, how much of it, and offers the rest and the
 * way back: a focus is never on without the user seeing it.
 */
export function FocusBar({ lang, name, depth, shown, total, onMore, onLeave }: Props) {
  return (
    <div className="focus-bar" role="status" data-testid="focus-bar">
      <span>
        {translate(lang, "focusOn", { name, depth })} <strong>{translate(lang, "shownOf", { shown, total })}</strong>
      </span>
      {shown < total && (
        <button type="button" onClick={onMore}>
          {translate(lang, "showMore", { n: Math.min(FOCUS_PAGE, total - shown) })}
        </button>
      )}
      <button type="button" onClick={onLeave}>
        {translate(lang, "leaveFocus")}
      </button>
    </div>
  );
}

/** Neighbours a focus shows at first, and adds with "show more". */
export const FOCUS_PAGE = 100;
