import { useCallback, useRef, useState, type RefCallback, type RefObject } from 'react';

export interface Size {
  width: number;
  height: number;
}

/**
 * An element's content box in CSS pixels, fractions kept, as a ResizeObserver reports it
 * (`clientWidth` rounds: a 394.5 px box measured 395, then 394 by the observer, and each chart
 * rendered and drew a second time just after load).
 */
function contentBox(el: HTMLElement): Size {
  const box = el.getBoundingClientRect();
  const css = getComputedStyle(el);
  const px = (value: string) => Number.parseFloat(value) || 0;
  return {
    width:
      box.width -
      px(css.paddingLeft) -
      px(css.paddingRight) -
      px(css.borderLeftWidth) -
      px(css.borderRightWidth),
    height:
      box.height -
      px(css.paddingTop) -
      px(css.paddingBottom) -
      px(css.borderTopWidth) -
      px(css.borderBottomWidth),
  };
}

/**
 * The content size of a box, measured when it mounts (before the first paint) and kept current
 * with a ResizeObserver. Until then, and where nothing can measure (jsdom, a hidden tab before
 * the observer reports), `fallback` is used. The box may mount after the chart does (an empty
 * state first): the callback ref measures it whenever it appears. Returns the ref for the box,
 * its content size in whole CSS pixels, and the box element (for pointer positions).
 */
export function useSize<T extends HTMLElement>(
  fallback: Size,
): [ref: RefCallback<T>, size: Size, element: RefObject<T | null>] {
  const element = useRef<T | null>(null);
  const [size, setSize] = useState(fallback);
  const ref = useCallback((el: T | null) => {
    element.current = el;
    if (!el) return;
    const apply = (width: number, height: number) => {
      // Zero means "not laid out yet" (hidden tab): keep what we have.
      if (width <= 0 || height <= 0) return;
      const w = Math.floor(width);
      const h = Math.floor(height);
      setSize((prev) => (prev.width === w && prev.height === h ? prev : { width: w, height: h }));
    };
    const first = contentBox(el);
    apply(first.width, first.height);
    const observer =
      typeof ResizeObserver === 'undefined'
        ? null
        : new ResizeObserver((entries) => {
            const box = entries[0]?.contentRect;
            if (box) apply(box.width, box.height);
          });
    observer?.observe(el);
    return () => {
      observer?.disconnect();
      element.current = null;
    };
  }, []);
  return [ref, size, element];
}
