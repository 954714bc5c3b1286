import neo4j from "neo4j-driver";
import type { PnrrImplementer, PnrrProjectRow, PnrrTotals, QueryResolvers } from "../generated/resolver-types";
import type { GraphReader } from "../graph/graph-reader";
import { badInput, checkRange, limitOf } from "../graph/input";
import { ANALYSIS_LIMITS } from "../graph/limits";
import type { ApiContext } from "../graph/request-database";
import * as q from "./pnrr-cypher";

const blank = (value: string | null | undefined): string | null => {
  const t = value?.trim();
  return t ? t : null;
};

/** A tax code as the import stores it: digits zero-padded to 11, others upper case. */
function taxCodeOf(value: string | null | undefined): string | null {
  const given = blank(value);
  const t = given?.toUpperCase() ?? null;
  if (t === null) return null;
  if (/^\d{1,11}$/.test(t)) return t.padStart(11, "0");
  if (!/^[A-Z0-9]{2,16}$/.test(t))
    throw badInput(
      `implementerTaxCode must be a tax code (11 digits, or 16 letters and digits), got '${given}'`,
      "filter.implementerTaxCode",
    );
  return t;
}

function componentOf(value: string | null | undefined, argument: string): string | null {
  const given = blank(value);
  const t = given?.toUpperCase() ?? null;
  if (t !== null && !/^M\d{1,2}C\d{1,2}$/.test(t))
    throw badInput(`${argument} must be a component code like M4C2, got '${given}'`, argument);
  return t;
}

const filterOf = (f: Partial<q.ProjectFilter>): q.ProjectFilter => ({
  region: f.region ?? null,
  province: f.province ?? null,
  component: f.component ?? null,
  components: f.components ?? null,
  tax: f.tax ?? null,
});

export function pnrrResolvers({ run }: GraphReader): QueryResolvers {
  const totals = async (context: ApiContext, filter: q.ProjectFilter): Promise<PnrrTotals> => {
    const [row] = await run<PnrrTotals>(context, q.totalsOf(filter), { ...filter });
    return row ?? { projectCount: 0, pnrrFunding: 0, implementerCount: 0 };
  };
  const implementers = (context: ApiContext, filter: q.ProjectFilter, limit: number) =>
    run<PnrrImplementer>(context, q.implementersOf(filter), { ...filter, limit: neo4j.int(limit) });

  return {
    pnrrTotals: async (_, args, context) =>
      totals(
        context,
        filterOf({
          region: blank(args.filter?.regionName),
          province: blank(args.filter?.provinceName),
          component: componentOf(args.filter?.componentCode, "filter.componentCode"),
          tax: taxCodeOf(args.filter?.implementerTaxCode),
        }),
      ),

    pnrrMatrix: async (_, args, context) => {
      const region = blank(args.regionName) ?? "Lombardia";
      const [[named], cells, regionTotals] = await Promise.all([
        run<{ name: string }>(context, q.MATRIX_REGION, { region }),
        run<{
          provinceCode: string;
          provinceName: string;
          nutsCode: string | null;
          provinceId: string;
          componentCode: string;
          projectCount: number;
          pnrrFunding: number;
        }>(context, q.MATRIX_CELLS, { region }),
        totals(context, filterOf({ region })),
      ]);
      const codes = [...new Set(cells.map((c) => c.componentCode))].sort();
      const provinces = new Map(
        cells.map((c) => [
          c.provinceCode,
          { id: c.provinceId, istatCode: c.provinceCode, name: c.provinceName, nutsCode: c.nutsCode },
        ]),
      );
      return {
        regionName: named?.name ?? null,
        components: await run(context, q.COMPONENTS, { codes }),
        provinces: [...provinces.values()].sort((a, b) => a.name.localeCompare(b.name)),
        cells: cells.map((c) => ({
          componentCode: c.componentCode,
          provinceCode: c.provinceCode,
          projectCount: c.projectCount,
          pnrrFunding: c.pnrrFunding,
        })),
        totals: regionTotals,
      };
    },

    pnrrProjects: async (_, args, context) => {
      const limit = limitOf(args.limit, ANALYSIS_LIMITS.pnrrProjects);
      const offset = checkRange("offset", args.offset ?? 0, 0, 1_000_000);
      const filter = filterOf({
        region: blank(args.regionName),
        province: blank(args.provinceName),
        component: componentOf(args.componentCode, "componentCode"),
      });
      return run<PnrrProjectRow>(context, q.projectRows(filter), {
        ...filter,
        limit: neo4j.int(limit),
        offset: neo4j.int(offset),
      });
    },

    pnrrTopImplementers: async (_, args, context) => {
      const limit = limitOf(args.limit, ANALYSIS_LIMITS.pnrrImplementers);
      const component = componentOf(args.componentCode, "componentCode");
      if (!component) throw badInput("componentCode is required, like M4C2", "componentCode");
      return implementers(context, filterOf({ region: blank(args.regionName), component }), limit);
    },

    pnrrLeads: async (_, args, context) => {
      const limit = limitOf(args.limit, ANALYSIS_LIMITS.pnrrLeads);
      const [row] = await run<{ codes: string[] }>(context, q.CLUSTER_COMPONENTS, { clusterId: args.clusterId });
      if (!row) throw badInput(`No cluster has the id '${args.clusterId}'`, "clusterId");
      const filter = filterOf({ region: blank(args.regionName), components: row.codes });
      const [sum, bodies] = await Promise.all([totals(context, filter), implementers(context, filter, limit)]);
      return { clusterId: args.clusterId, componentCodes: row.codes, totals: sum, implementers: bodies };
    },
  };
}
