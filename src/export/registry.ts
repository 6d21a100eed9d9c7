/**
 * Charts register how to get their figure here, outside the store (figures are not state).
 * Export reads the registry; a chart unregisters when it unmounts.
 */
export interface FigureSource {
  /** Stable id, used in file names: e.g. "citations-ranked", "topic-map". */
  id: string;
  /** Human title drawn on the exported figure. */
  title: string;
  /** The live SVG element of the chart (cloned by export, never mutated). */
  getSvg(): SVGSVGElement | null;
  /** A canvas layer drawn beneath the SVG (the map's points), if any. */
  getCanvas?(): HTMLCanvasElement | null;
}

const figures = new Map<string, FigureSource>();
const listeners = new Set<() => void>();

/** Registers a figure; returns the function that unregisters it. */
export function registerFigure(source: FigureSource): () => void {
  figures.set(source.id, source);
  listeners.forEach((l) => l());
  return () => {
    if (figures.get(source.id) === source) figures.delete(source.id);
    listeners.forEach((l) => l());
  };
}

/** The figure registered under `id`, if any. */
export function getFigure(id: string): FigureSource | undefined {
  return figures.get(id);
}

/** All registered figures, in registration order. */
export function listFigures(): FigureSource[] {
  return [...figures.values()];
}

/** Calls `listener` whenever a figure comes or goes; returns the unsubscribe function. */
export function onFiguresChange(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}
