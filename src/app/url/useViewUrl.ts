import { useEffect } from 'react';
import { type ExplorerState, type ExplorerStore, formatHash, selectViewState } from '../../store/index.ts';
import { heldOf, holds, withHeld } from './held-scenario.ts';
import { historyModeFor } from './history-policy.ts';
import { prepareHash } from './view-url.ts';

/**
 * While playing, the URL catches up at most twice a second: replaceState costs a few ms, more
 * with a long s= link, and at 4× a step comes every 375 ms. Pausing writes it at once.
 */
const PLAYING_WRITE_DELAY_MS = 500;

/**
 * A link that carries its scenario (s=) longer than this is written a little after a step rather
 * than in the click's task: replaceState of a 67 kB address (200 nodes) took 7 ms idle and 40 ms
 * on a busy machine, before the step could paint; a scenario the history entry holds
 * (held-scenario.ts) is copied with its state at each write (9–53 ms for 5,000 nodes × 30 pods).
 */
const LONG_LINK_CHARS = 8_192;
const LONG_LINK_WRITE_DELAY_MS = 150;

/** Whether anything a link carries differs (the scenario's own change is handled apart). */
function viewChanged(state: ExplorerState, prev: ExplorerState): boolean {
  return (
    state.step !== prev.step ||
    state.hop !== prev.hop ||
    state.selectedId !== prev.selectedId ||
    state.tab !== prev.tab ||
    state.walk !== prev.walk ||
    state.whatIf !== prev.whatIf ||
    state.lesson !== prev.lesson ||
    state.embed !== prev.embed ||
    state.present !== prev.present ||
    state.compare !== prev.compare ||
    state.lang !== prev.lang ||
    state.unknownParams !== prev.unknownParams ||
    state.scenarioOrigin !== prev.scenarioOrigin ||
    state.playing !== prev.playing ||
    state.walkPlaying !== prev.walkPlaying
  );
}

/**
 * The one link between the URL and the store (DESIGN.md §3.3). The store's view is written to
 * the hash: a new scenario adds a history entry (history-policy.ts), anything else replaces it,
 * and an embed or a lesson never adds one. A hash the page did not write (typed, a link inside the
 * page, Back, Forward) is applied whole, so the view is the one a fresh load of it shows.
 */
export function useViewUrl(store: ExplorerStore): void {
  useEffect(() => {
    /** The hash the store shows: the last one written, or being applied. */
    let shown = '';
    let pending: ReturnType<typeof setTimeout> | undefined;
    const write = (push: boolean) => {
      clearTimeout(pending);
      pending = undefined;
      const state = store.getState();
      const view = selectViewState(state);
      // A long link's scenario is held by the history entry, not written at every step.
      const held = holds(view.scenario) ? view.scenario : null;
      const hash = formatHash(held === null ? view : { ...view, scenario: null });
      shown = hash;
      if (hash === window.location.hash && heldOf(window.history.state) === held) return;
      // An embed's entries would be the host page's Back button; a lesson's link is its entry.
      if (push && !state.embed && state.lesson === null) window.history.pushState(withHeld(held), '', hash);
      else window.history.replaceState(withHeld(held), '', hash);
    };
    const writeLater = (delay: number) => {
      pending ??= setTimeout(() => write(false), delay);
    };
    // A link opened as it was written stays in the address until the view changes.
    if (window.location.hash === formatHash(selectViewState(store.getState()))) shown = window.location.hash;
    else write(false);

    let lastCustomAt = Number.NEGATIVE_INFINITY;
    // While a hash is applied, its own entry stays: a push there would cut off Forward.
    let applying = false;
    const unsubscribe = store.subscribe((state, prev) => {
      if (applying) return;
      if (state.source !== prev.source) {
        const now = performance.now();
        const sinceLastCustom = now - lastCustomAt;
        if (state.source.kind === 'custom') lastCustomAt = now;
        write(historyModeFor({ previous: prev.source, next: state.source, sinceLastCustom }) === 'push');
      } else if (!viewChanged(state, prev)) {
        return;
      } else if (
        (state.playing && prev.playing && state.step !== prev.step) ||
        (state.walkPlaying && prev.walkPlaying && state.hop !== prev.hop)
      ) {
        writeLater(PLAYING_WRITE_DELAY_MS);
      } else if ((state.scenarioOrigin?.param?.length ?? 0) > LONG_LINK_CHARS) {
        writeLater(LONG_LINK_WRITE_DELAY_MS);
      } else {
        write(false);
      }
    });

    const onNavigate = () => {
      const hash = window.location.hash;
      if (hash === shown) return;
      shown = hash;
      void prepareHash(store, hash, heldOf(window.history.state)).then((apply) => {
        if (window.location.hash !== hash) return;
        applying = true;
        try {
          apply();
        } finally {
          applying = false;
        }
      });
    };
    // Back and Forward fire both; a typed address or a link only `hashchange`.
    window.addEventListener('hashchange', onNavigate);
    window.addEventListener('popstate', onNavigate);
    return () => {
      unsubscribe();
      clearTimeout(pending);
      window.removeEventListener('hashchange', onNavigate);
      window.removeEventListener('popstate', onNavigate);
    };
  }, [store]);
}
