import type { Reject } from "../rejects";
import type { Table } from "../tables/read-table";
import type { FileKind } from "./shapes";

/** Evidence of an imported fact: the file's Source and, as the quote, the row. */
export interface Evidence {
  sourceId: string;
  quote: string;
}

export interface SourceRow {
  id: string;
  title: string;
  publisher: string;
  date: string | null;
  licence: string;
  reference: string;
  fileKind: FileKind;
  language: "it";
  url: string;
}

export interface MeasureRow extends Evidence {
  id: string;
  props: {
    code: string;
    name: string;
    level: string;
    kind: string | null;
    amount: number | null;
    owner: string | null;
  };
  componentCode: string;
  parentId: string | null;
}

export interface ProjectRow extends Evidence {
  id: string;
  props: {
    cup: string;
    localCode: string;
    title: string | null;
    summary: string | null;
    pnrrFunding: number | null;
    totalFunding: number | null;
    owner: string | null;
    cupSector: string | null;
    componentCode: string;
    kind: string;
  };
  measureId: string | null;
}

export interface BodyRow extends Evidence {
  id: string;
  props: { name: string; taxCode: string; legalForm: string | null; ateco: string | null };
}

export interface PlaceRow extends Evidence {
  id: string;
  label: "Region" | "Province" | "Municipality";
  props: { istatCode: string; name: string; nutsCode?: string | null };
  parentId: string | null;
}

export interface LinkRow extends Evidence {
  from: string;
  to: string;
}

export interface ReleaseModel {
  sources: SourceRow[];
  releaseDate: string | null;
  measures: MeasureRow[];
  projects: ProjectRow[];
  bodies: BodyRow[];
  places: PlaceRow[];
  implementedBy: LinkRow[];
  awardedTo: LinkRow[];
  /** Project -> Municipality, Province or Region (the finest place the row names). */
  locatedIn: (LinkRow & { toLabel: PlaceRow["label"] })[];
  rowsRead: number;
  rejects: Reject[];
}

export interface BuildOptions {
  /** Component codes the graph knows (M1C1..M6C2): a row under another is rejected. */
  knownComponents: ReadonlySet<string>;
  /** ISTAT's municipalities: with it places get ISTAT names and NUTS codes, unknown codes are rejected. */
  istat?: Table | undefined;
  /** The release's date where its files do not say (Italia Domani's CSV export). */
  releaseDate?: string | undefined;
  /** Fail on the first bad row instead of importing the rest. */
  strict?: boolean | undefined;
  /** A name for the release where no date is known (its folder's name). */
  releaseName: string;
}

export const PUBLISHER = "Italia Domani (Presidenza del Consiglio dei Ministri)";
export const LICENCE = "CC BY 4.0";
export const ITALIA_DOMANI_URL = "https://www.italiadomani.gov.it/it/catalogo-open-data.html";
export const ISTAT_URL = "https://www.istat.it/it/archivio/6789";

/**
 * How the ids the import gives each label begin: the matcher tells imported bodies from curated
 * organisations by theirs, the writer finds the nodes earlier releases left by them.
 */
export const ID_PREFIX = {
  Project: "pnrr-",
  PnrrMeasure: "pnrr-measure-",
  Organization: "org-cf-",
  Region: "istat-region-",
  Province: "istat-province-",
  Municipality: "istat-municipality-",
} as const;
export const projectId = (cup: string, localCode: string): string =>
  `${ID_PREFIX.Project}${localCode === cup ? cup : `${cup}-${localCode}`}`;
export const bodyId = (taxCode: string): string => `${ID_PREFIX.Organization}${taxCode}`;
export const measureId = (code: string): string => `${ID_PREFIX.PnrrMeasure}${code}`;
export const regionId = (code: string): string => `${ID_PREFIX.Region}${code}`;
export const provinceId = (code: string): string => `${ID_PREFIX.Province}${code}`;
export const municipalityId = (code: string): string => `${ID_PREFIX.Municipality}${code}`;
