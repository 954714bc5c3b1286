import path from "node:path";
import { StrictImportError, type Reject } from "../rejects";
import { normaliseTaxCode } from "../identity/tax-code";
import type { Table } from "../tables/read-table";
import { cellReader, columnName, type FileKind } from "./shapes";
import { isoDate, istatCode, parseAmount, text } from "../tables/values";

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
const ITALIA_DOMANI_URL = "https://www.italiadomani.gov.it/it/catalogo-open-data.html";
const ISTAT_URL = "https://www.istat.it/it/archivio/6789";

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

const slug = (s: string): string =>
  s
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-|-$/g, "");

/** Builds, from a release's files, the rows to write and the rows left out. Pure: no database. */
export function buildRelease(tables: Map<FileKind, Table>, options: BuildOptions): ReleaseModel {
  const rejects: Reject[] = [];
  const reject = (table: Table, index: number, column: string, value: unknown, reason: string): void => {
    const r: Reject = {
      file: path.basename(table.file),
      row: table.rowNumbers[index] ?? index + 1,
      column,
      value: value === null || value === undefined ? "" : String(value),
      reason,
    };
    if (options.strict) throw new StrictImportError(r);
    rejects.push(r);
  };

  const projectsTable = tables.get("projects");
  const read = projectsTable ? cellReader(projectsTable) : null;
  // The release's date: the latest update any of its projects has.
  let latest: string | null = null;
  if (!options.releaseDate && projectsTable && read)
    for (const row of projectsTable.rows) {
      const date = isoDate(read(row, "Data aggiornamento"));
      if (date !== null && (latest === null || date > latest)) latest = date;
    }
  const releaseDate = options.releaseDate ?? latest;
  const releaseKey = releaseDate ?? slug(options.releaseName);

  const sources: SourceRow[] = [];
  const sourceOf = new Map<FileKind, string>();
  const addSource = (kind: FileKind, table: Table): void => {
    const istat = kind === "municipalities";
    const id = istat
      ? `src-istat-${slug(path.basename(table.file, path.extname(table.file)))}`
      : `src-italia-domani-${releaseKey}-${kind}`;
    sourceOf.set(kind, id);
    sources.push({
      id,
      title: istat
        ? `ISTAT, Elenco dei comuni italiani (${path.basename(table.file)})`
        : `Italia Domani, PNRR open data: ${path.basename(table.file)}`,
      publisher: istat ? "ISTAT" : PUBLISHER,
      date: istat ? null : releaseDate,
      licence: istat ? "CC BY 3.0 IT" : LICENCE,
      reference: path.basename(table.file),
      fileKind: kind,
      language: "it",
      url: istat ? ISTAT_URL : ITALIA_DOMANI_URL,
    });
  };
  for (const [kind, table] of tables) addSource(kind, table);
  if (options.istat && !sourceOf.has("municipalities")) addSource("municipalities", options.istat);

  // --- the financial framework: measures and sub-measures with their official names
  const measures = new Map<string, MeasureRow>();
  const framework = tables.get("framework");
  if (framework) {
    const cell = cellReader(framework);
    const source = sourceOf.get("framework") as string;
    framework.rows.forEach((row, i) => {
      const component = text(cell(row, "Componente"));
      const measureCode = text(cell(row, "Codice Univoco Misura"));
      const subCode = text(cell(row, "Codice Univoco Submisura"));
      if (!component || !options.knownComponents.has(component)) {
        reject(framework, i, columnName(framework, "Componente"), component, "unknown component code");
        return;
      }
      if (!measureCode) {
        reject(framework, i, columnName(framework, "Codice Univoco Misura"), "", "missing measure code");
        return;
      }
      const amount = parseAmount(cell(row, "Importo Totale"));
      if (amount === undefined) {
        reject(framework, i, columnName(framework, "Importo Totale"), cell(row, "Importo Totale"), "not an amount");
        return;
      }
      const quote = `row ${framework.rowNumbers[i]}: ${component} ${measureCode}${subCode ? ` ${subCode}` : ""}`;
      const kind = text(cell(row, "Investimento o Riforma"));
      const owner = text(cell(row, "Amministrazione Titolare"));
      if (!measures.has(measureId(measureCode))) {
        measures.set(measureId(measureCode), {
          id: measureId(measureCode),
          props: {
            code: measureCode,
            name: text(cell(row, "Descrizione Misura")) ?? measureCode,
            level: "measure",
            kind,
            amount: text(cell(row, "Tipo Livello"))?.toLowerCase() === "misura" ? amount : null,
            owner,
          },
          componentCode: component,
          parentId: null,
          sourceId: source,
          quote,
        });
      }
      if (subCode && subCode !== measureCode) {
        measures.set(measureId(subCode), {
          id: measureId(subCode),
          props: {
            code: subCode,
            name: text(cell(row, "Descrizione Submisura")) ?? subCode,
            level: "sub-measure",
            kind,
            amount,
            owner,
          },
          componentCode: component,
          parentId: measureId(measureCode),
          sourceId: source,
          quote,
        });
      }
    });
  }

  // --- ISTAT places
  const istatPlaces = new Map<string, { municipality: PlaceRow; province: PlaceRow; region: PlaceRow }>();
  const istat = options.istat ?? tables.get("municipalities");
  if (istat) {
    const cell = cellReader(istat);
    const source = sourceOf.get("municipalities") as string;
    istat.rows.forEach((row, i) => {
      const code = istatCode(cell(row, "Codice Comune formato alfanumerico"), 6);
      const provinceCode = istatCode(cell(row, "Codice Provincia (Storico)(1)"), 3) ?? code?.slice(0, 3);
      const region = istatCode(cell(row, "Codice Regione"), 2);
      if (!code || !provinceCode || !region) return;
      const quote = `row ${istat.rowNumbers[i]}: ${code}`;
      istatPlaces.set(code, {
        municipality: {
          id: municipalityId(code),
          label: "Municipality",
          props: { istatCode: code, name: text(cell(row, "Denominazione in italiano")) ?? code },
          parentId: provinceId(provinceCode),
          sourceId: source,
          quote,
        },
        province: {
          id: provinceId(provinceCode),
          label: "Province",
          props: {
            istatCode: provinceCode,
            name:
              text(cell(row, "Denominazione dell'Unità territoriale sovracomunale (valida a fini statistici)")) ??
              provinceCode,
            nutsCode: text(cell(row, "NUTS3")),
          },
          parentId: regionId(region),
          sourceId: source,
          quote,
        },
        region: {
          id: regionId(region),
          label: "Region",
          props: {
            istatCode: region,
            name: text(cell(row, "Denominazione regione")) ?? region,
            nutsCode: text(cell(row, "NUTS2(3)", "NUTS2")),
          },
          parentId: null,
          sourceId: source,
          quote,
        },
      });
    });
  }

  const istatProvinces = new Map([...istatPlaces.values()].map((p) => [p.province.props.istatCode, p]));
  const istatRegions = new Map([...istatPlaces.values()].map((p) => [p.region.props.istatCode, p]));

  // --- projects: one per CUP + local code
  const projects = new Map<string, ProjectRow>();
  const projectsByCup = new Map<string, string[]>();
  /** The project each row of the projects file made, for the bodies the same rows name. */
  const projectOfRow: (ProjectRow | undefined)[] = [];
  let rowsRead = 0;
  if (projectsTable && read) {
    const source = sourceOf.get("projects") as string;
    projectsTable.rows.forEach((row, i) => {
      rowsRead++;
      const cup = text(read(row, "CUP"));
      if (!cup) return reject(projectsTable, i, columnName(projectsTable, "CUP"), read(row, "CUP"), "missing CUP");
      const component = text(read(row, "Componente"));
      if (!component || !options.knownComponents.has(component))
        return reject(projectsTable, i, columnName(projectsTable, "Componente"), component, "unknown component code");
      const pnrr = parseAmount(read(row, "Finanziamento PNRR", "FINANZIAMENTO_PNRR"));
      if (pnrr === undefined)
        return reject(
          projectsTable,
          i,
          columnName(projectsTable, "Finanziamento PNRR", "FINANZIAMENTO_PNRR"),
          read(row, "Finanziamento PNRR", "FINANZIAMENTO_PNRR"),
          "not an amount",
        );
      const total = parseAmount(read(row, "Finanziamento Totale", "FINANZ_TOTALE"));
      if (total === undefined)
        return reject(
          projectsTable,
          i,
          columnName(projectsTable, "Finanziamento Totale", "FINANZ_TOTALE"),
          read(row, "Finanziamento Totale", "FINANZ_TOTALE"),
          "not an amount",
        );
      const localCode = text(read(row, "Codice Locale Progetto")) ?? cup;
      const id = projectId(cup, localCode);
      if (projects.has(id))
        return reject(
          projectsTable,
          i,
          columnName(projectsTable, "Codice Locale Progetto"),
          localCode,
          `CUP ${cup} with this local code is already on an earlier row`,
        );
      const subCode = text(read(row, "Codice Univoco Submisura"));
      const measureCode = text(read(row, "Codice Univoco Misura"));
      const quote = `row ${projectsTable.rowNumbers[i]}: CUP ${cup}, local code ${localCode}`;
      const props = {
        cup,
        localCode,
        title: text(read(row, "Titolo progetto")),
        summary: text(read(row, "Sintesi progetto")),
        pnrrFunding: pnrr,
        totalFunding: total,
        owner: text(read(row, "Amministrazione Titolare")),
        cupSector: text(read(row, "CUP Descrizione Settore")),
        componentCode: component,
        kind: "PNRR project",
      };
      // Measures the framework does not list still get a node, named as the projects file names them.
      const addMeasure = (code: string, column: string, level: string, parent: string | null): void => {
        if (measures.has(measureId(code))) return;
        measures.set(measureId(code), {
          id: measureId(code),
          props: { code, name: text(read(row, column)) ?? code, level, kind: null, amount: null, owner: props.owner },
          componentCode: component,
          parentId: parent ? measureId(parent) : null,
          sourceId: source,
          quote,
        });
      };
      if (measureCode) addMeasure(measureCode, "Descrizione Misura", "measure", null);
      if (subCode && subCode !== measureCode) addMeasure(subCode, "Descrizione Submisura", "sub-measure", measureCode);
      const measure =
        subCode && measures.has(measureId(subCode)) ? measureId(subCode) : measureCode ? measureId(measureCode) : null;
      const project = { id, props, measureId: measure, sourceId: source, quote };
      projects.set(id, project);
      projectOfRow[i] = project;
      const ofCup = projectsByCup.get(cup);
      if (ofCup) ofCup.push(id);
      else projectsByCup.set(cup, [id]);
    });
  }

  /** Projects a row of a linked file is about: by CUP and local code where the file has it, else every project of the CUP. */
  const projectsOf = (cup: string | null, localCode: string | null): string[] => {
    if (!cup) return [];
    if (localCode) {
      const id = projectId(cup, localCode);
      return projects.has(id) ? [id] : [];
    }
    return projectsByCup.get(cup) ?? [];
  };

  // --- implementing bodies: from the projects file (validated release) or the bodies file (CSV export)
  const bodies = new Map<string, BodyRow>();
  const implementedBy = new Map<string, LinkRow>();
  const addBody = (
    taxCode: string,
    name: string | null,
    legalForm: string | null,
    ateco: string | null,
    ev: Evidence,
  ): string => {
    const id = bodyId(taxCode);
    const known = bodies.get(id);
    if (!known) bodies.set(id, { id, props: { name: name ?? taxCode, taxCode, legalForm, ateco }, ...ev });
    else {
      known.props.legalForm ??= legalForm;
      known.props.ateco ??= ateco;
    }
    return id;
  };
  if (projectsTable && read) {
    projectsTable.rows.forEach((row, i) => {
      const raw = read(row, "Codice fiscale soggetto attuatore");
      const project = projectOfRow[i];
      if (raw === undefined || !project) return;
      const taxCode = normaliseTaxCode(raw);
      if (taxCode === undefined)
        return reject(
          projectsTable,
          i,
          columnName(projectsTable, "Codice fiscale soggetto attuatore"),
          raw,
          "not a tax code",
        );
      if (taxCode === null) return;
      const ev = { sourceId: project.sourceId, quote: project.quote };
      const body = addBody(taxCode, text(read(row, "Soggetto attuatore")), null, null, ev);
      implementedBy.set(`${project.id}|${body}`, { from: project.id, to: body, ...ev });
    });
  }
  const bodiesTable = tables.get("bodies");
  if (bodiesTable) {
    const cell = cellReader(bodiesTable);
    const source = sourceOf.get("bodies") as string;
    bodiesTable.rows.forEach((row, i) => {
      const cup = text(cell(row, "CUP"));
      const targets = projectsOf(cup, null);
      if (!cup) return reject(bodiesTable, i, columnName(bodiesTable, "CUP"), "", "missing CUP");
      const raw = cell(row, "codice fiscale ATTUATORE");
      const taxCode = normaliseTaxCode(raw);
      if (taxCode === undefined)
        return reject(bodiesTable, i, columnName(bodiesTable, "codice fiscale ATTUATORE"), raw, "not a tax code");
      if (taxCode === null || targets.length === 0) return;
      const ev = { sourceId: source, quote: `row ${bodiesTable.rowNumbers[i]}: CUP ${cup}` };
      const body = addBody(
        taxCode,
        text(cell(row, "Denominazione ATTUATORE")),
        text(cell(row, "descrizione forma giuritica ATTUATORE", "descrizione forma giuridica ATTUATORE")),
        text(cell(row, "Codice ATECO ATTUTORE", "Codice ATECO ATTUATORE")),
        ev,
      );
      for (const project of targets) implementedBy.set(`${project}|${body}`, { from: project, to: body, ...ev });
    });
  }

  // --- awards: the winning companies
  const awardedTo = new Map<string, LinkRow>();
  const awards = tables.get("awards");
  if (awards) {
    const cell = cellReader(awards);
    const source = sourceOf.get("awards") as string;
    awards.rows.forEach((row, i) => {
      const cup = text(cell(row, "CUP"));
      if (!cup) return reject(awards, i, columnName(awards, "CUP"), "", "missing CUP");
      const raw = cell(row, "Codice Fiscale - P IVA Aggiudicatario");
      const taxCode = normaliseTaxCode(raw);
      if (taxCode === undefined)
        return reject(awards, i, columnName(awards, "Codice Fiscale - P IVA Aggiudicatario"), raw, "not a tax code");
      if (taxCode === null) return;
      const localCode = text(cell(row, "Codice Locale Progetto"));
      const ev = { sourceId: source, quote: `row ${awards.rowNumbers[i]}: CUP ${cup}, local code ${localCode ?? cup}` };
      const body = addBody(
        taxCode,
        text(cell(row, "Denominazione Aggiudicatario")),
        text(cell(row, "Descrizione forma giuridica Aggiudicatario")),
        text(cell(row, "Codice ATECO Aggiudicatario")),
        ev,
      );
      for (const project of projectsOf(cup, localCode))
        awardedTo.set(`${project}|${body}`, { from: project, to: body, ...ev });
    });
  }

  // --- places
  const places = new Map<string, PlaceRow>();
  const locatedIn = new Map<string, LinkRow & { toLabel: PlaceRow["label"] }>();
  const placesTable = tables.get("places");
  if (placesTable) {
    const cell = cellReader(placesTable);
    const source = sourceOf.get("places") as string;
    const comuneColumn = columnName(placesTable, "COD_ISTAT_COMUNE", "Comune");
    // "000" is the release's word for a national or region-wide scope: the place is the finest level named.
    const named = (code: string | null | undefined): code is string => !!code && !/^0+$/.test(code);
    const place = (
      row: Record<string, unknown>,
      ev: Evidence,
      label: PlaceRow["label"],
      code: string,
      column: string,
      parent: string | null,
    ): PlaceRow => ({
      id: { Region: regionId, Province: provinceId, Municipality: municipalityId }[label](code),
      label,
      props: {
        istatCode: code,
        name: text(cell(row, column)) ?? code,
        ...(label === "Municipality" ? {} : { nutsCode: null }),
      },
      parentId: parent,
      ...ev,
    });
    placesTable.rows.forEach((row, i) => {
      const cup = text(cell(row, "CUP"));
      if (!cup) return reject(placesTable, i, columnName(placesTable, "CUP"), "", "missing CUP");
      const regionRaw = cell(row, "Codice Regione", "Regione");
      const provinceRaw = cell(row, "Codice Provincia", "Provincia");
      const region = istatCode(regionRaw, 2);
      const province = istatCode(provinceRaw, 3);
      const fullCode = cell(row, "COD_ISTAT_COMUNE");
      const municipality =
        fullCode !== undefined
          ? istatCode(fullCode, 6)
          : province && istatCode(cell(row, "Comune"), 3)
            ? `${province}${istatCode(cell(row, "Comune"), 3)}`
            : null;
      if (region === undefined)
        return reject(
          placesTable,
          i,
          columnName(placesTable, "Codice Regione", "Regione"),
          regionRaw,
          "not an ISTAT region code",
        );
      if (province === undefined)
        return reject(
          placesTable,
          i,
          columnName(placesTable, "Codice Provincia", "Provincia"),
          provinceRaw,
          "not an ISTAT province code",
        );
      if (municipality === undefined)
        return reject(placesTable, i, comuneColumn, fullCode ?? cell(row, "Comune"), "not an ISTAT municipality code");
      const targets = projectsOf(cup, text(cell(row, "Codice Locale Progetto")));
      if (targets.length === 0) return;
      const ev = { sourceId: source, quote: `row ${placesTable.rowNumbers[i]}: CUP ${cup}` };
      // The chain of places the row names, from the release's own codes and names (ISTAT's where known).
      const regionCode = named(region) ? region : null;
      const regionOf = (): PlaceRow | null =>
        regionCode
          ? (istatRegions.get(regionCode)?.region ?? place(row, ev, "Region", regionCode, "Descrizione Regione", null))
          : null;
      const provinceOf = (code: string): PlaceRow =>
        istatProvinces.get(code)?.province ??
        place(row, ev, "Province", code, "Descrizione Provincia", regionCode ? regionId(regionCode) : null);
      let chain: PlaceRow[] = [];
      if (named(municipality) && municipality.slice(3) !== "000") {
        const known = istatPlaces.get(municipality);
        if (istatPlaces.size > 0 && !known)
          return reject(placesTable, i, comuneColumn, municipality, "a municipality code ISTAT does not know");
        chain = known
          ? [known.municipality, known.province, known.region]
          : [
              place(row, ev, "Municipality", municipality, "Descrizione Comune", provinceId(municipality.slice(0, 3))),
              provinceOf(municipality.slice(0, 3)),
              ...(regionOf() ? [regionOf() as PlaceRow] : []),
            ];
      } else if (named(province) && regionCode) chain = [provinceOf(province), regionOf() as PlaceRow];
      else if (regionCode) chain = [regionOf() as PlaceRow];
      for (const p of chain) if (!places.has(p.id)) places.set(p.id, p);
      const target = chain[0];
      if (!target) return; // national scope: no place
      for (const project of targets)
        locatedIn.set(`${project}|${target.id}`, { from: project, to: target.id, toLabel: target.label, ...ev });
    });
  }

  return {
    sources,
    releaseDate,
    measures: [...measures.values()],
    projects: [...projects.values()],
    bodies: [...bodies.values()],
    places: [...places.values()],
    implementedBy: [...implementedBy.values()],
    awardedTo: [...awardedTo.values()],
    locatedIn: [...locatedIn.values()],
    rowsRead,
    rejects,
  };
}
