import { createContext, useCallback, useContext, useSyncExternalStore } from 'react';

/**
 * The current step's eased animation progress, for the few parts of the diagram that enter with
 * it. A stable holder rather than a context value: a context's consumers would all re-render on
 * every frame, while each part here reads the progress only while it enters, and reads 1 (no
 * change, no render) otherwise. So a frame re-renders what moves, not the whole diagram.
 */
export interface StepProgressSource {
  /** Eased progress in [0, 1]; set by `<Topology>` as it renders. */
  value: number;
  readonly listeners: Set<() => void>;
}

export function createStepProgress(value: number): StepProgressSource {
  return { value, listeners: new Set() };
}

/** Tells the parts that read the progress that it changed (after the commit that set it). */
export function notifyStepProgress(source: StepProgressSource): void {
  for (const listener of source.listeners) listener();
}

export const StepProgress = createContext<StepProgressSource>(createStepProgress(1));

/** The step's progress while `entering`, else 1 (settled). */
export function useEnteringProgress(entering: boolean): number {
  const source = useContext(StepProgress);
  const subscribe = useCallback(
    (listener: () => void) => {
      source.listeners.add(listener);
      return () => {
        source.listeners.delete(listener);
      };
    },
    [source],
  );
  const read = () => (entering ? source.value : 1);
  return useSyncExternalStore(subscribe, read, read);
}
