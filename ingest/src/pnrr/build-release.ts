import type { Table } from "../tables/read-table";
import { buildAwards, buildBodies } from "./build/bodies";
import { buildFramework } from "./build/framework";
import { buildMunicipalities } from "./build/municipalities";
import { buildPlaces } from "./build/places";
import { buildImplementers, buildProjects } from "./build/projects";
import { ReleaseDraft } from "./build/release-draft";
import { buildSources } from "./build/sources";
import type { BuildOptions, ReleaseModel } from "./release-model";
import type { FileKind } from "./shapes";

export * from "./release-model";

/**
 * Builds, from a release's files, the rows to write and the rows left out. Pure: no database.
 * One builder per file kind, in the order their rows depend on each other: sources, the framework's
 * measures, ISTAT's places, then the projects, and what names projects (bodies, awards, places).
 */
export function buildRelease(tables: Map<FileKind, Table>, options: BuildOptions): ReleaseModel {
  const draft = new ReleaseDraft(options);
  buildSources(draft, tables);
  const table = (kind: FileKind): Table | undefined => tables.get(kind);
  const framework = table("framework");
  if (framework) buildFramework(draft, framework);
  const istat = options.istat ?? table("municipalities");
  if (istat) buildMunicipalities(draft, istat);
  const projects = table("projects");
  if (projects) {
    buildProjects(draft, projects);
    buildImplementers(draft, projects);
  }
  const bodies = table("bodies");
  if (bodies) buildBodies(draft, bodies);
  const awards = table("awards");
  if (awards) buildAwards(draft, awards);
  const places = table("places");
  if (places) buildPlaces(draft, places);
  return draft.toModel();
}
