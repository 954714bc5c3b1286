import type { Table } from "../../tables/read-table";
import { istatCode, text } from "../../tables/values";
import { municipalityId, provinceId, regionId, type Evidence, type PlaceRow } from "../release-model";
import { cellReader, columnName } from "../shapes";
import type { ReleaseDraft } from "./release-draft";

/** "000" is the release's word for a national or region-wide scope: the place is the finest level named. */
const named = (code: string | null | undefined): code is string => !!code && !/^0+$/.test(code);

/**
 * The places file: each project's place, the finest level the row names (municipality, province
 * or region), with the chain above it; ISTAT's names and NUTS codes where its file was given, and
 * then a municipality code ISTAT does not know is a reject.
 */
export function buildPlaces(draft: ReleaseDraft, places: Table): void {
  const cell = cellReader(places);
  const source = draft.source("places");
  const comuneColumn = columnName(places, "COD_ISTAT_COMUNE", "Comune");
  const istatProvinces = new Map([...draft.istatPlaces.values()].map((p) => [p.province.props.istatCode, p]));
  const istatRegions = new Map([...draft.istatPlaces.values()].map((p) => [p.region.props.istatCode, p]));
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
  places.rows.forEach((row, i) => {
    const cup = text(cell(row, "CUP"));
    if (!cup) return draft.reject(places, i, columnName(places, "CUP"), "", "missing CUP");
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
      return draft.reject(
        places,
        i,
        columnName(places, "Codice Regione", "Regione"),
        regionRaw,
        "not an ISTAT region code",
      );
    if (province === undefined)
      return draft.reject(
        places,
        i,
        columnName(places, "Codice Provincia", "Provincia"),
        provinceRaw,
        "not an ISTAT province code",
      );
    if (municipality === undefined)
      return draft.reject(places, i, comuneColumn, fullCode ?? cell(row, "Comune"), "not an ISTAT municipality code");
    const targets = draft.projectsOf(cup, text(cell(row, "Codice Locale Progetto")));
    if (targets.length === 0) return;
    const ev = { sourceId: source, quote: `row ${places.rowNumbers[i]}: CUP ${cup}` };
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
      const known = draft.istatPlaces.get(municipality);
      if (draft.istatPlaces.size > 0 && !known)
        return draft.reject(places, i, comuneColumn, municipality, "a municipality code ISTAT does not know");
      chain = known
        ? [known.municipality, known.province, known.region]
        : [
            place(row, ev, "Municipality", municipality, "Descrizione Comune", provinceId(municipality.slice(0, 3))),
            provinceOf(municipality.slice(0, 3)),
            ...(regionOf() ? [regionOf() as PlaceRow] : []),
          ];
    } else if (named(province) && regionCode) chain = [provinceOf(province), regionOf() as PlaceRow];
    else if (regionCode) chain = [regionOf() as PlaceRow];
    for (const p of chain) if (!draft.places.has(p.id)) draft.places.set(p.id, p);
    const target = chain[0];
    if (!target) return; // national scope: no place
    for (const project of targets)
      draft.locatedIn.set(`${project}|${target.id}`, { from: project, to: target.id, toLabel: target.label, ...ev });
  });
}
