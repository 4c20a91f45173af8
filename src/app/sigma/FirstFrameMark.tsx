// Leaves a performance mark when sigma has drawn its first frame, so a
// benchmark can read "navigation to first frame" from the page's own
// timeline. Sigma draws synchronously while it is constructed, before any
// listener can be attached; by the time a child of the container mounts,
// that frame is drawn. One mark per map: nothing else in production.
import { useSigma } from "@react-sigma/core";
import { useEffect } from "react";
import { FIRST_FRAME_MARK } from "./first-frame";

export function FirstFrameMark() {
  const sigma = useSigma();
  useEffect(() => {
    performance.mark(FIRST_FRAME_MARK);
  }, [sigma]);
  return null;
}
