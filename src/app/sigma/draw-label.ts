// Node labels as sigma draws them, after the ring of a hand-picked node.
import type { NodeLabelDrawingFunction } from "sigma/rendering";
import { drawDiscNodeLabel } from "sigma/rendering";
import { drawPickedRing } from "./picked-ring";

export const drawNodeLabel: NodeLabelDrawingFunction = (context, data, settings) => {
  drawPickedRing(context, data);
  drawDiscNodeLabel(context, data, settings);
};
