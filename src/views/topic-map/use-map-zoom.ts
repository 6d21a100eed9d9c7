import { useEffect, useLayoutEffect, useRef, type RefObject } from 'react';
import { select } from 'd3-selection';
import {
  zoom,
  zoomIdentity,
  zoomTransform,
  type D3ZoomEvent,
  type ZoomBehavior,
  type ZoomTransform,
} from 'd3-zoom';
import { answerInputLocally, noteInput } from '../shared/perf';

/** A zoom transform as stored in the view state. */
export interface Viewport {
  k: number;
  x: number;
  y: number;
}

interface MapZoomOptions {
  width: number;
  height: number;
  /** Pan by dragging only in Pan mode; the wheel zooms in every mode. */
  dragPans: boolean;
  /** The stored viewport (null = fitted); programmatic moves to it do not echo back. */
  viewport: Viewport | null;
  /** Every zoom step, for the live redraw. */
  onZoom(transform: Viewport): void;
  /**
   * The end of a user gesture, with the input event that ended it. `drawn`: the map already
   * showed (and reported) this transform step by step, so committing it answers no input.
   */
  onZoomEnd(transform: Viewport, sourceEvent: Event, drawn: boolean): void;
}

const same = (a: Viewport, b: Viewport) =>
  Math.abs(a.k - b.k) < 1e-9 && Math.abs(a.x - b.x) < 1e-6 && Math.abs(a.y - b.y) < 1e-6;
const plain = (t: ZoomTransform): Viewport => ({ k: t.k, x: t.x, y: t.y });

/**
 * Attaches d3-zoom to the overlay element and reports transforms (not pixels of any mark).
 * Returns `zoomBy` and `reset` for the keyboard and buttons.
 */
export function useMapZoom(target: RefObject<SVGSVGElement | null>, options: MapZoomOptions) {
  const behaviour = useRef<ZoomBehavior<SVGSVGElement, unknown> | null>(null);
  const latest = useRef(options);
  useEffect(() => {
    latest.current = options;
  });
  // A wheel or drag step is an input of its own: it is answered once the map has rendered the
  // step's transform (a layout effect after that render), not when the gesture ends.
  const stepPending = useRef(false);
  useLayoutEffect(() => {
    if (!stepPending.current) return;
    stepPending.current = false;
    answerInputLocally();
  });
  const { width, height, viewport } = options;

  useEffect(() => {
    const el = target.current;
    if (!el) return;
    const z = zoom<SVGSVGElement, unknown>()
      .scaleExtent([0.5, 400])
      .filter((event: Event & { button?: number; ctrlKey?: boolean }) => {
        if (event.type === 'wheel') return true;
        // d3-zoom needs the event's window to stop text drags; synthetic events may lack it.
        const { view } = event as UIEvent;
        return !event.ctrlKey && !event.button && !!view && latest.current.dragPans;
      })
      .on('zoom', (event: D3ZoomEvent<SVGSVGElement, unknown>) => {
        if (event.sourceEvent) {
          noteInput('zoom', event.sourceEvent as Event);
          stepPending.current = true;
        }
        latest.current.onZoom(plain(event.transform));
      })
      .on('end', (event: D3ZoomEvent<SVGSVGElement, unknown>) => {
        // Programmatic moves (the store's viewport applied below) have no source event.
        if (event.sourceEvent)
          latest.current.onZoomEnd(plain(event.transform), event.sourceEvent as Event, true);
      });
    const selection = select(el).call(z).on('dblclick.zoom', null);
    behaviour.current = z;
    return () => {
      selection.on('.zoom', null);
      behaviour.current = null;
    };
  }, [target]);

  useEffect(() => {
    behaviour.current?.extent([
      [0, 0],
      [width, height],
    ]);
  }, [width, height]);

  // Apply the stored viewport when it changes from outside (dataset change, shared state).
  useEffect(() => {
    const el = target.current;
    const z = behaviour.current;
    if (!el || !z) return;
    const wanted = viewport ?? { k: 1, x: 0, y: 0 };
    const current = plain(zoomTransform(el));
    if (!same(current, wanted))
      select(el).call(z.transform, zoomIdentity.translate(wanted.x, wanted.y).scale(wanted.k));
  }, [target, viewport]);

  const zoomBy = (factor: number, event: Event) => {
    const el = target.current;
    const z = behaviour.current;
    if (!el || !z) return;
    select(el).call(z.scaleBy, factor);
    latest.current.onZoomEnd(plain(zoomTransform(el)), event, false);
  };

  const panTo = (point: [number, number], event: Event) => {
    const el = target.current;
    const z = behaviour.current;
    if (!el || !z) return;
    select(el).call(z.translateTo, point[0], point[1]);
    latest.current.onZoomEnd(plain(zoomTransform(el)), event, false);
  };

  return { zoomBy, panTo };
}
