import { type RefObject, useEffect, useState } from 'react';

export interface Size {
  readonly width: number;
  readonly height: number;
}

/** Rounded to a grid so that small resizes do not re-plan the layout. */
const GRID = 40;
const snap = (value: number) => Math.max(GRID, Math.round(value / GRID) * GRID);

/** The element's size, tracked with a ResizeObserver; undefined until measured (and in SSR). */
export function useContainerSize(ref: RefObject<HTMLElement | null>): Size | undefined {
  const [size, setSize] = useState<Size | undefined>(undefined);
  useEffect(() => {
    const node = ref.current;
    if (!node || typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver(([entry]) => {
      if (!entry) return;
      const { width, height } = entry.contentRect;
      if (width === 0 || height === 0) return;
      setSize((old) => {
        const next = { width: snap(width), height: snap(height) };
        return old && old.width === next.width && old.height === next.height ? old : next;
      });
    });
    observer.observe(node);
    return () => observer.disconnect();
  }, [ref]);
  return size;
}
