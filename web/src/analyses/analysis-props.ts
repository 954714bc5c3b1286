import type { GraphNode } from "../graph/graph-model";
import type { Lang } from "../shared/i18n";
import type { AnalysisState } from "./analysis-state";

/** What every analysis view gets: the language, its state in the URL, and the clusters to choose from. */
export interface AnalysisProps {
  lang: Lang;
  state: AnalysisState;
  /** The clusters, for the heatmap's axes and the seeker list. */
  clusters: GraphNode[];
  onChange: (state: AnalysisState) => void;
  /** Opens a node's details (a PNRR project, with its evidence). */
  onSelect?: (id: string) => void;
}
