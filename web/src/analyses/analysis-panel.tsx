import { useRef, type KeyboardEvent, type ReactNode } from "react";
import { translate, type MessageKey } from "../shared/i18n";
import type { AnalysisProps } from "./analysis-props";
import { ANALYSIS_TABS, NO_ANALYSIS, type AnalysisTab } from "./analysis-state";
import { CoverageView } from "./coverage-view";
import { PartnerFinder } from "./partner-finder";
import { PathFinder } from "./path-finder";
import { PnrrView } from "./pnrr-view";
import { SynergyHeatmap } from "./synergy-heatmap";

const TABS: Record<AnalysisTab, { label: MessageKey; View: (props: AnalysisProps) => ReactNode }> = {
  synergies: { label: "tabSynergies", View: SynergyHeatmap },
  partners: { label: "tabPartners", View: PartnerFinder },
  paths: { label: "tabPaths", View: PathFinder },
  coverage: { label: "tabCoverage", View: CoverageView },
  pnrr: { label: "tabPnrr", View: PnrrView },
};

/** The analyses drawer: synergy heatmap, partner finder, path finder, coverage. */
export function AnalysisPanel(props: AnalysisProps) {
  const { lang, state, onChange } = props;
  const tab = state.tab ?? "synergies";
  const { View } = TABS[tab];
  const buttons = useRef<Partial<Record<AnalysisTab, HTMLButtonElement | null>>>({});
  // The tabs pattern: one tab in the Tab order, arrows, Home and End move between them.
  const onKeyDown = (event: KeyboardEvent<HTMLButtonElement>): void => {
    const at = ANALYSIS_TABS.indexOf(tab);
    const last = ANALYSIS_TABS.length - 1;
    const to = { ArrowRight: at === last ? 0 : at + 1, ArrowLeft: at === 0 ? last : at - 1, Home: 0, End: last }[
      event.key
    ];
    if (to === undefined) return;
    event.preventDefault();
    const next = ANALYSIS_TABS[to]!;
    onChange({ ...state, tab: next });
    buttons.current[next]?.focus();
  };
  return (
    <section className="analysis" aria-label={translate(lang, "analyses")} data-testid="analysis-panel">
      <div className="tabs" role="tablist">
        {ANALYSIS_TABS.map((t) => (
          <button
            key={t}
            ref={(element) => {
              buttons.current[t] = element;
            }}
            id={`analysis-tab-${t}`}
            type="button"
            role="tab"
            aria-selected={t === tab}
            aria-controls="analysis-tabpanel"
            tabIndex={t === tab ? 0 : -1}
            onKeyDown={onKeyDown}
            onClick={() => onChange({ ...state, tab: t })}
          >
            {translate(lang, TABS[t].label)}
          </button>
        ))}
        <button type="button" className="close-analysis" onClick={() => onChange(NO_ANALYSIS)}>
          {translate(lang, "closeAnalysis")}
        </button>
      </div>
      <div role="tabpanel" id="analysis-tabpanel" aria-labelledby={`analysis-tab-${tab}`}>
        <View {...props} />
      </div>
    </section>
  );
}
