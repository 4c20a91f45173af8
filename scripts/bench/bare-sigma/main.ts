// Bare sigma on a graph file, for the benchmark's yardstick: no React, no
// store, no reducers, the explorer's sigma settings. ?graph=<url>, and
// ?w=&h= to give the map the size the explorer's map has.
import Graph from "graphology";
import Sigma from "sigma";
import { FIRST_FRAME_MARK } from "../../../src/app/sigma/first-frame";
import { sigmaSettings } from "../../../src/app/sigma/settings";

declare global {
  interface Window {
    __bare?: { sigma: Sigma };
    __bareError?: string;
  }
}

async function main() {
  const params = new URLSearchParams(location.search);
  const container = document.getElementById("map")!;
  container.style.width = `${Number(params.get("w") ?? 800)}px`;
  container.style.height = `${Number(params.get("h") ?? 600)}px`;
  const response = await fetch(params.get("graph") ?? "../graph.json");
  const graph = Graph.from(await response.json());
  // The contract's `type` (official, agency…) names no sigma program: the
  // explorer's reducer draws every node as a circle, so drop it here.
  graph.forEachNode((_node, attrs) => {
    delete attrs.type;
  });
  const sigma = new Sigma(graph, container, sigmaSettings(graph.order, graph.size, { nodeReducer: null, edgeReducer: null }));
  performance.mark(FIRST_FRAME_MARK);
  window.__bare = { sigma };
}

main().catch((e: unknown) => {
  window.__bareError = e instanceof Error ? e.message : String(e);
});
