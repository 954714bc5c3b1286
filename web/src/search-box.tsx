import { useEffect, useId, useRef, useState } from "react";
import { search, type SearchHit } from "./explorer-api";
import { translate, typeName, type Lang } from "./i18n";

interface Props {
  lang: Lang;
  onPick: (hit: SearchHit) => void;
}

/** A combobox: suggestions as you type from the fulltext index; arrows, Enter and Escape work. */
export function SearchBox({ lang, onPick }: Props) {
  const [text, setText] = useState("");
  const [hits, setHits] = useState<SearchHit[]>([]);
  const [active, setActive] = useState(-1);
  const [open, setOpen] = useState(false);
  const input = useRef<HTMLInputElement>(null);
  const listId = useId();

  useEffect(() => {
    if (text.trim().length < 2) return;
    const controller = new AbortController();
    const timer = setTimeout(() => {
      search(text, controller.signal)
        .then((found) => {
          setHits(found);
          setActive(found.length ? 0 : -1);
          setOpen(true);
        })
        .catch(() => setHits([]));
    }, 150);
    return () => {
      clearTimeout(timer);
      controller.abort();
    };
  }, [text]);

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
    setHits([]);
  };

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
          if (e.target.value.trim().length < 2) setOpen(false);
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
          {hits.length === 0 && <li className="search-empty">{translate(lang, "noResults")}</li>}
          {hits.map((hit, i) => (
            <li
              key={hit.id}
              id={`${listId}-${i}`}
              role="option"
              aria-selected={i === active}
              className={i === active ? "active" : undefined}
              onMouseDown={(e) => {
                e.preventDefault();
                pick(hit);
              }}
            >
              <span className="hit-name">{lang === "it" && hit.nameIt ? hit.nameIt : hit.name}</span>
              {hit.shortName && <span className="hit-short"> ({hit.shortName})</span>}
              <span className="hit-type">{typeName(lang, hit.type)}</span>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
