import { useEffect } from 'react';
import type { ExplorerState, ExplorerStore } from '../store/index.ts';
import { applyUrl } from './url-bridge.ts';
import { writeUrl } from './url-state.ts';

const PLAYING_WRITE_DELAY_MS = 120;

function hashOf(state: ExplorerState): string {
  return writeUrl(window.location.hash, {
    preset: state.source.kind === 'preset' ? state.source.name : null,
    step: state.step,
    selected: state.selectedId,
  });
}

/**
 * Keeps the URL on the view (DESIGN.md §3.3): stepping and selecting replace the history entry,
 * a new scenario adds one; an address typed by the user, or Back, is applied to the store.
 */
export function useUrlSync(store: ExplorerStore): void {
  useEffect(() => {
    let current = window.location.hash;
    const write = (state: ExplorerState, push: boolean) => {
      const hash = hashOf(state);
      if (hash === window.location.hash) return;
      if (push) window.history.pushState(null, '', hash);
      else window.history.replaceState(window.history.state, '', hash);
      current = hash;
    };
    // While playing, the URL catches up a little later: replaceState costs a few ms, and a frame
    // that also shows a new step has none to spare.
    let pending: ReturnType<typeof setTimeout> | undefined;
    const writeLater = () => {
      if (pending === undefined) {
        pending = setTimeout(() => {
          pending = undefined;
          write(store.getState(), false);
        }, PLAYING_WRITE_DELAY_MS);
      }
    };
    write(store.getState(), false);
    const unsubscribe = store.subscribe((state, prev) => {
      if (state.source !== prev.source) write(state, state.source.kind === 'preset');
      else if (state.playing && state.step !== prev.step) writeLater();
      else if (
        state.step !== prev.step ||
        state.selectedId !== prev.selectedId ||
        state.playing !== prev.playing
      ) {
        write(state, false);
      }
    });
    const onHashChange = () => {
      const previous = current;
      current = window.location.hash;
      applyUrl(store, current, previous);
    };
    window.addEventListener('hashchange', onHashChange);
    return () => {
      unsubscribe();
      clearTimeout(pending);
      window.removeEventListener('hashchange', onHashChange);
    };
  }, [store]);
}
