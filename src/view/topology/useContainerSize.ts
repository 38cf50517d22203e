import { type RefObject, useLayoutEffect, useState } from 'react';

export interface Size {
  readonly width: number;
  readonly height: number;
}

/** Rounded to a grid so that small resizes do not re-plan the layout. */
const GRID = 40;
const snap = (value: number) => Math.max(GRID, Math.round(value / GRID) * GRID);

/** Whether an element's size can be tracked here (a browser; not SSR, not jsdom). */
export const measurable = typeof ResizeObserver !== 'undefined';

/**
 * The element's size, tracked with a ResizeObserver; undefined until measured (and in SSR). It is
 * first measured in a layout effect, so the render that follows the first one, before the first
 * paint, has it: a diagram is laid out once, for its size (Topology.tsx), not first for a guess.
 */
export function useContainerSize(ref: RefObject<HTMLElement | null>): Size | undefined {
  const [size, setSize] = useState<Size | undefined>(undefined);
  useLayoutEffect(() => {
    const node = ref.current;
    if (!node || !measurable) return;
    const measure = ({ width, height }: { width: number; height: number }) => {
      if (width === 0 || height === 0) return;
      setSize((old) => {
        const next = { width: snap(width), height: snap(height) };
        return old && old.width === next.width && old.height === next.height ? old : next;
      });
    };
    measure(node.getBoundingClientRect());
    const observer = new ResizeObserver(([entry]) => entry && measure(entry.contentRect));
    observer.observe(node);
    return () => observer.disconnect();
  }, [ref]);
  return size;
}
