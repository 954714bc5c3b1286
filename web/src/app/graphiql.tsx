import "graphiql/setup-workers/vite";
import "graphiql/style.css";
import { createGraphiQLFetcher } from "@graphiql/toolkit";
import { GraphiQL } from "graphiql";
import { StrictMode } from "react";
import { createRoot } from "react-dom/client";

const fetcher = createGraphiQLFetcher({ url: "/graphql" });

const firstQuery = `# The nine Lombardy Technology Clusters and their members, as the regional report gives them.
# A figure the report leaves blank is null.
{
  clusters(sort: [{ name: ASC }]) {
    name
    shortName
    website
    memberCount
    companyCount
    researchOrgCount
    otherEntityCount
  }
}
`;

const container = document.getElementById("graphiql");
if (!container) throw new Error("#graphiql is missing from graphiql.html");
createRoot(container).render(
  <StrictMode>
    <GraphiQL fetcher={fetcher} defaultQuery={firstQuery} />
  </StrictMode>,
);
