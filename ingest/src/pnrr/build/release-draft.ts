import path from "node:path";
import { normaliseTaxCode } from "../../identity/tax-code";
import { StrictImportError, type Reject } from "../../rejects";
import type { Table } from "../../tables/read-table";
import {
  bodyId,
  projectId,
  type BodyRow,
  type BuildOptions,
  type Evidence,
  type LinkRow,
  type MeasureRow,
  type PlaceRow,
  type ProjectRow,
  type ReleaseModel,
} from "../release-model";
import type { FileKind } from "../shapes";

/** ISTAT's chain of places for one municipality. */
export interface IstatPlace {
  municipality: PlaceRow;
  province: PlaceRow;
  region: PlaceRow;
}

/**
 * A release as the builders make it, file kind by file kind (bench/RESULTS.md: about 130,000 rows):
 * each builder adds its rows here and reports the rows it leaves out. Pure: no database.
 */
export class ReleaseDraft {
  readonly rejects: Reject[] = [];
  readonly sources: ReleaseModel["sources"] = [];
  readonly sourceOf = new Map<FileKind, string>();
  readonly measures = new Map<string, MeasureRow>();
  readonly istatPlaces = new Map<string, IstatPlace>();
  readonly projects = new Map<string, ProjectRow>();
  readonly projectsByCup = new Map<string, string[]>();
  /** The project each row of the projects file made, for the bodies the same rows name. */
  readonly projectOfRow: (ProjectRow | undefined)[] = [];
  readonly bodies = new Map<string, BodyRow>();
  readonly implementedBy = new Map<string, LinkRow>();
  readonly awardedTo = new Map<string, LinkRow>();
  readonly places = new Map<string, PlaceRow>();
  readonly locatedIn = new Map<string, LinkRow & { toLabel: PlaceRow["label"] }>();
  rowsRead = 0;
  releaseDate: string | null = null;

  constructor(readonly options: BuildOptions) {}

  /** Leaves a row out, saying why; with --strict, stops the import at it. */
  reject(table: Table, index: number, column: string, value: unknown, reason: string): void {
    const r: Reject = {
      file: path.basename(table.file),
      row: table.rowNumbers[index] ?? index + 1,
      column,
      value: value === null || value === undefined ? "" : String(value),
      reason,
    };
    if (this.options.strict) throw new StrictImportError(r);
    this.rejects.push(r);
  }

  /** The Source of a file kind's rows (the builders run after the sources are made). */
  source(kind: FileKind): string {
    const id = this.sourceOf.get(kind);
    if (!id) throw new Error(`no source for the ${kind} file`);
    return id;
  }

  addProject(project: ProjectRow, row: number): void {
    this.projects.set(project.id, project);
    this.projectOfRow[row] = project;
    const ofCup = this.projectsByCup.get(project.props.cup);
    if (ofCup) ofCup.push(project.id);
    else this.projectsByCup.set(project.props.cup, [project.id]);
  }

  /** Projects a row of a linked file is about: by CUP and local code where the file has it, else every project of the CUP. */
  projectsOf(cup: string | null, localCode: string | null): string[] {
    if (!cup) return [];
    if (localCode) {
      const id = projectId(cup, localCode);
      return this.projects.has(id) ? [id] : [];
    }
    return this.projectsByCup.get(cup) ?? [];
  }

  /**
   * The tax code in a row's cell, its zeros restored: null where none is given (or masked);
   * undefined where the cell is not a tax code, and the row is rejected for it.
   */
  taxCodeOf(table: Table, index: number, column: string, raw: unknown): string | null | undefined {
    const taxCode = normaliseTaxCode(raw);
    if (taxCode === undefined) this.reject(table, index, column, raw, "not a tax code");
    return taxCode;
  }

  /** A body by tax code, once; a later file fills in what an earlier one left unknown. */
  addBody(taxCode: string, name: string | null, legalForm: string | null, ateco: string | null, ev: Evidence): string {
    const id = bodyId(taxCode);
    const known = this.bodies.get(id);
    if (!known) this.bodies.set(id, { id, props: { name: name ?? taxCode, taxCode, legalForm, ateco }, ...ev });
    else {
      known.props.legalForm ??= legalForm;
      known.props.ateco ??= ateco;
    }
    return id;
  }

  toModel(): ReleaseModel {
    return {
      sources: this.sources,
      releaseDate: this.releaseDate,
      measures: [...this.measures.values()],
      projects: [...this.projects.values()],
      bodies: [...this.bodies.values()],
      places: [...this.places.values()],
      implementedBy: [...this.implementedBy.values()],
      awardedTo: [...this.awardedTo.values()],
      locatedIn: [...this.locatedIn.values()],
      rowsRead: this.rowsRead,
      rejects: this.rejects,
    };
  }
}
