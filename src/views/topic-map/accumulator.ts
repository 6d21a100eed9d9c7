// The working buffer the map's points are blended into, reused from frame to frame.

/** Premultiplied RGBA floats of the frame being drawn, and which of its pixels hold anything. */
export interface Accumulator {
  /** Four floats per pixel, row-major; all zero between frames. */
  acc: Float32Array;
  /** Offsets into `acc` of the pixels written this frame, each listed once (on its first write). */
  touched: Int32Array;
  /** How many entries of `touched` are in use. */
  count: number;
  w: number;
  h: number;
}

let current: Accumulator = {
  acc: new Float32Array(0),
  touched: new Int32Array(0),
  count: 0,
  w: 0,
  h: 0,
};

/**
 * The accumulator for a `w`×`h` frame, all zero. The drawer resets the pixels it touched once it
 * has converted them, so a frame costs what its marks cost; a size change (or a frame that threw
 * before its reset) starts from fresh zeros.
 */
export function takeAccumulator(w: number, h: number): Accumulator {
  if (current.w !== w || current.h !== h) {
    current = {
      acc: new Float32Array(w * h * 4),
      touched: new Int32Array(w * h),
      count: 0,
      w,
      h,
    };
  } else if (current.count !== 0) {
    current.acc.fill(0);
    current.count = 0;
  }
  return current;
}
