import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import { ClusterList } from "./cluster-list";
import "./app.css";

const container = document.getElementById("root");
if (!container) throw new Error("#root is missing from index.html");
createRoot(container).render(
  <StrictMode>
    <ClusterList />
  </StrictMode>,
);
