import type { Table } from "../../tables/read-table";
import { istatCode, text } from "../../tables/values";
import { municipalityId, provinceId, regionId } from "../release-model";
import { cellReader } from "../shapes";
import type { ReleaseDraft } from "./release-draft";

/** ISTAT's municipalities, each with its province and region: the names and NUTS codes places get. */
export function buildMunicipalities(draft: ReleaseDraft, istat: Table): void {
  const cell = cellReader(istat);
  const source = draft.source("municipalities");
  istat.rows.forEach((row, i) => {
    const code = istatCode(cell(row, "Codice Comune formato alfanumerico"), 6);
    const provinceCode = istatCode(cell(row, "Codice Provincia (Storico)(1)"), 3) ?? code?.slice(0, 3);
    const region = istatCode(cell(row, "Codice Regione"), 2);
    if (!code || !provinceCode || !region) return;
    const quote = `row ${istat.rowNumbers[i]}: ${code}`;
    draft.istatPlaces.set(code, {
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
