import { useEffect } from 'react';
import type { ExplorerState, ExplorerStore } from '../store/index.ts';
import { isEmbedMode } from './embed/embed-mode.ts';
import { isLessonUrl } from './lessons/lesson-url.ts';
import { historyModeFor } from './share/history-policy.ts';
import { prepareScenarioParam, scenarioParamOf } from './share/url-scenarios.ts';
import { applyUrl } from './url-bridge.ts';
import { writeUrl } from './url-state.ts';

const PLAYING_WRITE_DELAY_MS = 120;

function hashOf(state: ExplorerState): string {
  return writeUrl(window.location.hash, {
    preset: state.source.kind === 'preset' ? state.source.name : null,
    scenario: state.source.kind === 'custom' ? scenarioParamOf(state.scenario) : null,
    step: state.step,
    selected: state.selectedId,
  });
}

/**
 * Keeps the URL on the view (DESIGN.md §3.3): stepping and selecting replace the history entry,
 * a new scenario adds one (share/history-policy.ts); an address typed by the user, or Back, is
 * applied to the store once its compressed scenario, if any, is decoded.
 */
export function useUrlSync(store: ExplorerStore): void {
  useEffect(() => {
    let current = window.location.hash;
    // An embed never adds history entries: they would be the host page's Back button.
    const embedded = isEmbedMode(current);
    const write = (state: ExplorerState, push: boolean) => {
      const hash = hashOf(state);
      if (hash === window.location.hash) return;
      // Inside a lesson, the lesson's link is the entry: loading its scenario adds none.
      if (push && !embedded && !isLessonUrl(hash)) window.history.pushState(null, '', hash);
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
    let lastCustomAt = Number.NEGATIVE_INFINITY;
    // While a URL is being applied (Back, Forward, a typed address), its own entry stays: a push
    // there would cut off the Forward history.
    let applying = false;
    const unsubscribe = store.subscribe((state, prev) => {
      if (applying) return;
      if (state.source !== prev.source) {
        const now = performance.now();
        const sinceLastCustom = now - lastCustomAt;
        if (state.source.kind === 'custom') lastCustomAt = now;
        write(
          state,
          historyModeFor({ previous: prev.source, next: state.source, sinceLastCustom }) === 'push',
        );
      } else if (state.playing && state.step !== prev.step) writeLater();
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
      const hash = window.location.hash;
      current = hash;
      // A lesson stop sets the view itself (lessons/useLessonUrlSync.ts).
      if (isLessonUrl(hash)) return;
      void prepareScenarioParam(hash).then(() => {
        if (window.location.hash !== hash) return;
        applying = true;
        try {
          applyUrl(store, hash, previous);
        } finally {
          applying = false;
        }
      });
    };
    window.addEventListener('hashchange', onHashChange);
    return () => {
      unsubscribe();
      clearTimeout(pending);
      window.removeEventListener('hashchange', onHashChange);
    };
  }, [store]);
}
