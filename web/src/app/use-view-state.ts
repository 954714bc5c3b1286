import { useCallback, useEffect, useState } from "react";
import { parseViewState, serializeViewState, type ViewState } from "./view-state";

export type UpdateView = (next: ViewState | ((v: ViewState) => ViewState)) => void;

/** The view is the URL: every change pushes it, so Back steps back (popstate) and a link reproduces it. */
export function useViewState(): [ViewState, UpdateView] {
  const [view, setView] = useState<ViewState>(() => parseViewState(window.location.search));
  useEffect(() => {
    const onPop = (): void => setView(parseViewState(window.location.search));
    window.addEventListener("popstate", onPop);
    return () => window.removeEventListener("popstate", onPop);
  }, []);
  const update = useCallback<UpdateView>((next) => {
    setView((current) => {
      const state = typeof next === "function" ? next(current) : next;
      const query = serializeViewState(state);
      if (query !== window.location.search) window.history.pushState(null, "", `${window.location.pathname}${query}`);
      return state;
    });
  }, []);
  return [view, update];
}

/** Once the API says nodes are gone (an undo removed them), the view, and so its link, lets them go too. */
export function useDropGone(gone: string[], update: UpdateView): void {
  const key = gone.join(",");
  useEffect(() => {
    if (!key) return;
    const ids = new Set(key.split(","));
    update((v) => ({
      ...v,
      selected: v.selected && ids.has(v.selected) ? null : v.selected,
      expanded: v.expanded.filter((e) => !ids.has(e.id)),
      pinned: v.pinned.filter((id) => !ids.has(id)),
      focus: v.focus && ids.has(v.focus.id) ? null : v.focus,
    }));
  }, [key, update]);
}

/** Escape closes the details, unless it is closing something nearer (a search list, a select). */
export function useEscapeCloses(close: () => void): void {
  useEffect(() => {
    const onKey = (event: KeyboardEvent): void => {
      const tag = (event.target as HTMLElement | null)?.tagName;
      if (event.key === "Escape" && tag !== "INPUT" && tag !== "SELECT" && tag !== "TEXTAREA") close();
    };
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  }, [close]);
}
