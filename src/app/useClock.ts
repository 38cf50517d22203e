import { useEffect } from 'react';
import {
  type ExplorerState,
  type ExplorerStore,
  selectClockRunning,
  selectWalkClockRunning,
} from '../store/index.ts';
import { useMediaQuery } from '../view/useMediaQuery.ts';

/** A frame longer than this (a background tab, a debugger pause) counts as this long. */
const MAX_FRAME_MS = 100;

/** Construction playback and the packet walk share the clock (and its speed). */
const running = (s: ExplorerState) => selectClockRunning(s) || selectWalkClockRunning(s);

/**
 * The app's one clock (the only requestAnimationFrame loop): while a step or a packet hop animates,
 * or playback or a packet walk runs,
 * each frame tells the store how much time passed; otherwise it sleeps until the store changes.
 * With prefers-reduced-motion the store reports every step at its end.
 */
export function useClock(store: ExplorerStore): void {
  const reducedMotion = useMediaQuery('(prefers-reduced-motion: reduce)');
  useEffect(() => store.getState().setReducedMotion(reducedMotion), [store, reducedMotion]);

  useEffect(() => {
    let frame = 0;
    let last: number | null = null;
    const onFrame = (now: number) => {
      frame = 0;
      const elapsed = last === null ? 0 : Math.min(now - last, MAX_FRAME_MS);
      last = now;
      store.getState().tick(elapsed);
      store.getState().tickWalk(elapsed);
      if (running(store.getState())) frame = requestAnimationFrame(onFrame);
      else last = null;
    };
    const wake = () => {
      if (frame === 0 && running(store.getState())) frame = requestAnimationFrame(onFrame);
    };
    const unsubscribe = store.subscribe(wake);
    wake();
    return () => {
      unsubscribe();
      cancelAnimationFrame(frame);
    };
  }, [store]);
}
