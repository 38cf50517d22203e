import { type RefObject, useEffect, useRef } from 'react';
import { afterNextPaint } from '../after-paint.ts';
import { scrollWithin } from '../scroll-within.ts';

/** Room for a NAV_HEADING above the current item. */
const STICKY_HEADING_PX = 40;

/**
 * A ref for an item of the lists in the steps nav: while `current`, the nav (never the page)
 * scrolls to show it, once it is painted. Read any earlier, the layout would cost a 20-node
 * scenario a third of its step response.
 */
export function useKeptInNav(current: boolean): RefObject<HTMLLIElement | null> {
  const item = useRef<HTMLLIElement>(null);
  useEffect(() => {
    if (!current) return;
    return afterNextPaint(() =>
      scrollWithin(item.current?.closest('nav') ?? null, item.current, STICKY_HEADING_PX),
    );
  }, [current]);
  return item;
}
