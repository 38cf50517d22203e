import { useEffect } from 'react';
import type { ExplorerState, ExplorerStore } from '../store/index.ts';
import { selectBaseScenario, selectWhatIfSettings } from '../store/index.ts';
import { normalizeWhatIf, sameWhatIf } from '../store/what-if-scenario.ts';
import { readPacketWalkUrl, writePacketWalkUrl } from './packet-walk-url.ts';
import { readUrl } from './url-state.ts';

/** While the packet plays, the URL catches up a little later (replaceState costs a few ms). */
const PLAYING_WRITE_DELAY_MS = 150;

function hashOf(state: ExplorerState): string {
  return writePacketWalkUrl(window.location.hash, {
    walk: state.walk,
    hop: state.hop,
    whatIf: selectWhatIfSettings(state),
  });
}

/**
 * Applies the packet part of a hash to a running store (a typed address, Back): the what-if when
 * it differs, then the step again (the what-if may change the last step), then the walk and hop.
 */
export function applyPacketWalkUrl(store: ExplorerStore, hash: string): void {
  const url = readPacketWalkUrl(hash);
  const state = store.getState();
  const wanted = normalizeWhatIf(selectBaseScenario(state), url.whatIf ?? {});
  if (!sameWhatIf(wanted, selectWhatIfSettings(state))) {
    state.setWhatIf(url.whatIf ?? {});
    store.getState().goTo(readUrl(hash).step ?? 0);
  }
  const now = store.getState();
  const walk = url.walk ?? null;
  const same = walk?.from === now.walk?.from && walk?.to === now.walk?.to;
  if (!same || (walk && url.hop !== undefined && url.hop !== now.hop)) now.restoreWalk(walk, url.hop ?? 1);
}

/**
 * Keeps `trace`, `hop` and the what-if parameters of the URL on the store (replacing the history
 * entry); url-state.ts keeps these parameters when it writes its own, and they keep its.
 */
export function usePacketWalkUrl(store: ExplorerStore): void {
  useEffect(() => {
    let pending: ReturnType<typeof setTimeout> | undefined;
    const write = () => {
      const hash = hashOf(store.getState());
      if (hash !== window.location.hash) window.history.replaceState(window.history.state, '', hash);
    };
    write();
    const unsubscribe = store.subscribe((state, prev) => {
      const changed = state.walk !== prev.walk || state.hop !== prev.hop || state.whatIf !== prev.whatIf;
      if (!changed) return;
      if (state.walkPlaying && state.walk === prev.walk && state.whatIf === prev.whatIf) {
        pending ??= setTimeout(() => {
          pending = undefined;
          write();
        }, PLAYING_WRITE_DELAY_MS);
      } else {
        write();
      }
    });
    return () => {
      unsubscribe();
      clearTimeout(pending);
    };
  }, [store]);
}
