import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import { ExplorerApp } from "./explorer-app";
import "./app.css";

// The benchmark's synthetic-layout hooks load only when asked for, in a chunk of their own.
if (new URLSearchParams(window.location.search).has("bench")) {
  void import("./bench-hooks").then((m) => m.installBenchHooks());
}

const container = document.getElementById("root");
if (!container) throw new Error("#root is missing from index.html");
createRoot(container).render(
  <StrictMode>
    <ExplorerApp />
  </StrictMode>,
);
