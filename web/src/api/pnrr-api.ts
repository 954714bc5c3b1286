import { graphql } from "../generated";
import type {
  PnrrLeadsQuery,
  PnrrOverviewQuery,
  PnrrProjectsQuery,
  PnrrTopImplementersQuery,
} from "../generated/graphql";
import { graphqlRequest } from "./graphql-client";

const OVERVIEW = graphql(`
  query PnrrOverview($region: String) {
    pnrrMatrix(regionName: $region) {
      regionName
      components {
        id
        code
        name
        nameIt
      }
      provinces {
        id
        istatCode
        name
        nutsCode
      }
      cells {
        componentCode
        provinceCode
        projectCount
        pnrrFunding
      }
      totals {
        projectCount
        pnrrFunding
        implementerCount
      }
    }
  }
`);

export type PnrrOverview = PnrrOverviewQuery["pnrrMatrix"];

export async function fetchPnrrOverview(signal?: AbortSignal): Promise<PnrrOverview> {
  return (await graphqlRequest(OVERVIEW, { region: "Lombardia" }, signal)).pnrrMatrix;
}

const PROJECTS = graphql(`
  query PnrrProjects($component: String, $province: String) {
    pnrrProjects(componentCode: $component, provinceName: $province, limit: 100) {
      id
      cup
      localCode
      title
      pnrrFunding
      totalFunding
      componentCode
      measureCode
      implementers
      places
    }
  }
`);

export type PnrrProject = PnrrProjectsQuery["pnrrProjects"][number];

export async function fetchPnrrProjects(
  component: string | null,
  province: string | null,
  signal?: AbortSignal,
): Promise<PnrrProject[]> {
  return (await graphqlRequest(PROJECTS, { component, province }, signal)).pnrrProjects;
}

/** An implementing body as the PNRR view lists it, the same in every list. */
export const PNRR_IMPLEMENTER_FIELDS = graphql(`
  fragment PnrrImplementerFields on PnrrImplementer {
    organization {
      id
      name
      taxCode
    }
    projectCount
    pnrrFunding
    matchedTo {
      id
      name
    }
    linkedClusterIds
  }
`);

const TOP = graphql(`
  query PnrrTopImplementers($component: String!) {
    pnrrTopImplementers(componentCode: $component, limit: 15) {
      ...PnrrImplementerFields
    }
  }
`);

export type PnrrImplementer = PnrrTopImplementersQuery["pnrrTopImplementers"][number];

export async function fetchPnrrTopImplementers(component: string, signal?: AbortSignal): Promise<PnrrImplementer[]> {
  return (await graphqlRequest(TOP, { component }, signal)).pnrrTopImplementers;
}

const LEADS = graphql(`
  query PnrrLeads($cluster: ID!) {
    pnrrLeads(clusterId: $cluster, limit: 30) {
      clusterId
      componentCodes
      totals {
        projectCount
        pnrrFunding
        implementerCount
      }
      implementers {
        ...PnrrImplementerFields
      }
    }
  }
`);

export type PnrrLeads = PnrrLeadsQuery["pnrrLeads"];

export async function fetchPnrrLeads(cluster: string, signal?: AbortSignal): Promise<PnrrLeads> {
  return (await graphqlRequest(LEADS, { cluster }, signal)).pnrrLeads;
}
