// The map as a PNG (sigma's own image export, loaded on use): the whole
// view, or framed on some nodes (a neighbourhood), whatever the camera shows now.
import type Sigma from "sigma";
import { frame, WHOLE_GRAPH } from "../sigma/camera-frame";

export async function mapAsPng(renderer: Sigma, framed: string[] | null = null): Promise<Blob> {
  const { toBlob } = await import("@sigma/export-image");
  const graph = renderer.getGraph();
  const target = framed ? frame(framed.map((n) => (graph.hasNode(n) ? renderer.getNodeDisplayData(n) : undefined)), 1) : null;
  const cameraState = { angle: 0, ...(target ?? WHOLE_GRAPH) };
  return toBlob(renderer, { format: "png", backgroundColor: "#ffffff", cameraState });
}
