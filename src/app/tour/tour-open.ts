/**
 * Whether the tour is showing: open on a first visit to the plain address (a link to a view
 * opens that view, never a tour over it), and whenever "Tour" in the header asks for it.
 */
import { useSyncExternalStore } from 'react';
import { markTourSeen, tourSeen } from '../persistence.ts';

/** The address of the default view: no hash, or one without parameters. */
function plainAddress(): boolean {
  return /^(#\/?\??)?$/.test(globalThis.location?.hash ?? '');
}

let open = plainAddress() && !tourSeen();
const listeners = new Set<() => void>();

function set(next: boolean): void {
  open = next;
  for (const listener of listeners) listener();
}

export const openTour = () => set(true);

/** Closes the tour (skipped or finished): it is not shown again on a first visit. */
export function closeTour(): void {
  markTourSeen();
  set(false);
}

export function useTourOpen(): boolean {
  return useSyncExternalStore(
    (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    () => open,
  );
}
