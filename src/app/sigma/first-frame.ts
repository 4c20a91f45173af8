// The name of the performance mark the map leaves when sigma has drawn its
// first frame (see FirstFrameMark.tsx); the benchmark reads it.
export const FIRST_FRAME_MARK = "explorer:first-frame";
