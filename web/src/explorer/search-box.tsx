import { useEffect, useId, useRef, useState } from "react";
import { groupHits, search, type SearchHit } from "../api/explorer-api";
import { errorText, translate, typeName, type Lang } from "../shared/i18n";
import { useQuery } from "../shared/use-query";

interface Props {
  lang: Lang;
  onPick: (hit: SearchHit) => void;
}

/** Waits until typing pauses, so suggestions are not asked for at every key. */
const TYPING_PAUSE_MS = 150;

/** A combobox: suggestions as you type from the fulltext index; arrows, Enter and Escape work. */
export function SearchBox({ lang, onPick }: Props) {
  const [text, setText] = useState("");
  const [asked, setAsked] = useState<string | null>(null);
  /** The highlighted hit, for the answer it was moved in; a new answer starts at its first hit. */
  const [moved, setMoved] = useState<{ hits: SearchHit[] | null; index: number }>({ hits: null, index: -1 });
  const [open, setOpen] = useState(false);
  const input = useRef<HTMLInputElement>(null);
  const listId = useId();

  useEffect(() => {
    const trimmed = text.trim();
    const timer = setTimeout(() => setAsked(trimmed.length >= 2 ? trimmed : null), TYPING_PAUSE_MS);
    return () => clearTimeout(timer);
  }, [text]);
  const result = useQuery(asked, (signal) => search(asked ?? "", signal));
  // Hits for words no longer in the box are not offered: Enter would pick what was not asked for.
  const current = asked !== null && asked === text.trim();
  const groups = groupHits(current ? (result.data ?? []) : []);
  const hits = groups.flatMap((g) => g.hits);
  const looseness = hits.find((h) => h.match === "some" || h.match === "similar")?.match;
  const active = moved.hits === result.data ? moved.index : hits.length ? 0 : -1;
  const setActive = (next: (index: number) => number): void => setMoved({ hits: result.data, index: next(active) });

  useEffect(() => {
    const onKey = (event: KeyboardEvent): void => {
      const target = event.target as HTMLElement | null;
      if (
        event.key === "/" &&
        target?.tagName !== "INPUT" &&
        target?.tagName !== "TEXTAREA" &&
        target?.tagName !== "SELECT"
      ) {
        event.preventDefault();
        input.current?.focus();
      }
    };
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  }, []);

  const pick = (hit: SearchHit): void => {
    onPick(hit);
    setOpen(false);
    setText("");
    setAsked(null);
  };

  const settled = current && (result.data !== null || result.error !== null);
  const showList = open && text.trim().length >= 2;
  return (
    <div className="search">
      <label htmlFor={`${listId}-input`} className="visually-hidden">
        {translate(lang, "searchLabel")}
      </label>
      <input
        id={`${listId}-input`}
        ref={input}
        type="search"
        role="combobox"
        aria-expanded={showList}
        aria-controls={listId}
        aria-autocomplete="list"
        aria-activedescendant={showList && active >= 0 ? `${listId}-${active}` : undefined}
        placeholder={translate(lang, "searchPlaceholder")}
        value={text}
        onChange={(e) => {
          setText(e.target.value);
          setOpen(e.target.value.trim().length >= 2);
        }}
        onKeyDown={(e) => {
          if (e.key === "ArrowDown") {
            e.preventDefault();
            setOpen(true);
            setActive((a) => Math.min(a + 1, hits.length - 1));
          } else if (e.key === "ArrowUp") {
            e.preventDefault();
            setActive((a) => Math.max(a - 1, 0));
          } else if (e.key === "Enter" && showList && hits[active]) {
            e.preventDefault();
            pick(hits[active]);
          } else if (e.key === "Escape") {
            setOpen(false);
          }
        }}
        onBlur={() => setTimeout(() => setOpen(false), 150)}
      />
      {showList && (
        <ul id={listId} role="listbox" className="search-results">
          {!settled && (
            <li className="search-empty" role="presentation" aria-busy="true">
              {translate(lang, "searching")}
            </li>
          )}
          {settled && result.error !== null && (
            <li className="search-empty" role="alert">
              {translate(lang, "apiDown")} {errorText(lang, result.error)}
            </li>
          )}
          {settled && result.error === null && hits.length === 0 && (
            <li className="search-empty">{translate(lang, "noResults")}</li>
          )}
          {looseness && (
            <li className="search-note" role="presentation">
              {translate(lang, looseness === "some" ? "matchSome" : "matchSimilar")}
            </li>
          )}
          {groups.map((group) => (
            <li key={group.type} role="group" aria-label={typeName(lang, group.type)} className="search-group">
              <div className="search-group-name" aria-hidden="true">
                {typeName(lang, group.type)}
              </div>
              <ul role="none">
                {group.hits.map((hit) => {
                  const i = hits.indexOf(hit);
                  return (
                    <li
                      key={hit.id}
                      id={`${listId}-${i}`}
                      role="option"
                      aria-selected={i === active}
                      className={i === active ? "active" : undefined}
                      title={[hit.name, hit.nameIt].filter(Boolean).join(" / ")}
                      onMouseDown={(e) => {
                        e.preventDefault();
                        pick(hit);
                      }}
                    >
                      <span className="hit-name">{lang === "it" && hit.nameIt ? hit.nameIt : hit.name}</span>
                      {hit.shortName && <span className="hit-short"> ({hit.shortName})</span>}
                    </li>
                  );
                })}
              </ul>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
