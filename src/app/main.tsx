import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import { App, graphUrlFrom } from "./App";
import { fetchGraphText } from "./load/fetch-graph";
import "./styles.css";

// The graph file is asked for before React first renders, not after: on a
// small graph that is a tenth of the time to the first frame.
const graphUrl = graphUrlFrom(location.search);
const graph = { url: graphUrl, text: fetchGraphText(graphUrl) };

createRoot(document.getElementById("root")!).render(
  <StrictMode>
    <App graph={graph} />
  </StrictMode>,
);
