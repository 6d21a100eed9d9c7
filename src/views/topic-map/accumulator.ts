// The working buffers the map's points are blended into, reused from frame to frame.

/** Premultiplied RGBA floats of the frame being drawn, and the boxes its marks were drawn in. */
export interface Accumulator {
  /** Four floats per pixel, row-major; all zero between frames. */
  acc: Float32Array;
  /** One byte per pixel: the dimmed layer of a coarse frame (see `markCoarse`); zero between frames. */
  cover: Uint8Array;
  /** x0, y0, x1, y1 (inclusive pixel bounds) of each mark drawn this frame. */
  boxes: Int32Array;
  /** How many marks `boxes` holds, and the sum of their areas in pixels. */
  marks: number;
  area: number;
  w: number;
  h: number;
  /** Set while a frame is being drawn: a frame that threw leaves `acc` to be cleared. */
  drawing: boolean;
}

let current: Accumulator = {
  acc: new Float32Array(0),
  cover: new Uint8Array(0),
  boxes: new Int32Array(0),
  marks: 0,
  area: 0,
  w: 0,
  h: 0,
  drawing: false,
};

/**
 * The buffers for a `w`×`h` frame of up to `marks` marks, `acc` all zero. The drawer clears
 * what it wrote once it has converted it, so buffers of the same size are reused as they are.
 */
export function takeAccumulator(w: number, h: number, marks: number): Accumulator {
  if (current.w !== w || current.h !== h) {
    current = {
      ...current,
      acc: new Float32Array(w * h * 4),
      cover: new Uint8Array(w * h),
      w,
      h,
      drawing: false,
    };
  } else if (current.drawing) {
    current.acc.fill(0);
    current.cover.fill(0);
  }
  if (current.boxes.length < marks * 4) current.boxes = new Int32Array(marks * 4);
  current.drawing = true;
  current.marks = 0;
  current.area = 0;
  return current;
}
