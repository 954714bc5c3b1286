import type { ReactNode } from "react";
import { translate, type MessageKey } from "../shared/i18n";
import type { AnalysisProps } from "./analysis-props";
import { ANALYSIS_TABS, NO_ANALYSIS, type AnalysisTab } from "./analysis-state";
import { CoverageView } from "./coverage-view";
import { PartnerFinder } from "./partner-finder";
import { PathFinder } from "./path-finder";
import { SynergyHeatmap } from "./synergy-heatmap";

const TABS: Record<AnalysisTab, { label: MessageKey; View: (props: AnalysisProps) => ReactNode }> = {
  synergies: { label: "tabSynergies", View: SynergyHeatmap },
  partners: { label: "tabPartners", View: PartnerFinder },
  paths: { label: "tabPaths", View: PathFinder },
  coverage: { label: "tabCoverage", View: CoverageView },
};

/** The analyses drawer: synergy heatmap, partner finder, path finder, coverage. */
export function AnalysisPanel(props: AnalysisProps) {
  const { lang, state, onChange } = props;
  const tab = state.tab ?? "synergies";
  const { View } = TABS[tab];
  return (
    <section className="analysis" aria-label={translate(lang, "analyses")} data-testid="analysis-panel">
      <div className="tabs" role="tablist">
        {ANALYSIS_TABS.map((t) => (
          <button
            key={t}
            type="button"
            role="tab"
            aria-selected={t === tab}
            onClick={() => onChange({ ...state, tab: t })}
          >
            {translate(lang, TABS[t].label)}
          </button>
        ))}
        <button type="button" className="close-analysis" onClick={() => onChange(NO_ANALYSIS)}>
          {translate(lang, "closeAnalysis")}
        </button>
      </div>
      <div role="tabpanel">
        <View {...props} />
      </div>
    </section>
  );
}
