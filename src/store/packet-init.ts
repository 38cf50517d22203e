import type { StoreApi } from 'zustand/vanilla';
import type { PacketInit } from './packet-types.ts';
import type { ExplorerState } from './types.ts';

/**
 * Applies the packet state of a URL to a fresh store: the what-if first (it changes the
 * construction, and so the last step), then the walk and its hop. The step is clamped after.
 */
export function initPacketState(store: StoreApi<ExplorerState>, init: PacketInit | undefined): void {
  if (!init) return;
  if (init.whatIf) store.getState().setWhatIf(init.whatIf);
  if (init.walk) store.getState().restoreWalk(init.walk, init.hop ?? 1);
}
