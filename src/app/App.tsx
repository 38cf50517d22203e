import { lazy, useState } from 'react';
import { createExplorerStore, ExplorerStoreContext } from '../store/index.ts';
import { Explorer } from './Explorer.tsx';
import { isEmbedMode } from './embed/embed-mode.ts';
import { LazyPart } from './LazyPart.tsx';
import { initFromUrl } from './url-bridge.ts';
import { useClock } from './useClock.ts';
import { useKeyboard } from './useKeyboard.ts';
import { usePacketWalkUrl } from './usePacketWalkUrl.ts';
import { storedTheme, useTheme } from './useTheme.ts';
import { useUrlSync } from './useUrlSync.ts';

// Embed mode (and its postMessage API) is a separate chunk; the full explorer never loads it.
const EmbedRoot = lazy(() => import('./embed/EmbedRoot.tsx'));

function prefersReducedMotion(): boolean {
  return (
    typeof window.matchMedia === 'function' && window.matchMedia('(prefers-reduced-motion: reduce)').matches
  );
}

/** The app: one explorer store, made from the URL, with the clock, keyboard, URL and theme wired. */
export function App() {
  const [store] = useState(() =>
    createExplorerStore({
      ...initFromUrl(window.location.hash),
      theme: storedTheme(),
      reducedMotion: prefersReducedMotion(),
    }),
  );
  const [embed] = useState(() => isEmbedMode(window.location.hash));
  useClock(store);
  useKeyboard(store);
  useUrlSync(store);
  usePacketWalkUrl(store);
  useTheme(store);
  return (
    <ExplorerStoreContext value={store}>
      {embed ? (
        <LazyPart what="The embedded explorer">
          <EmbedRoot />
        </LazyPart>
      ) : (
        <Explorer />
      )}
    </ExplorerStoreContext>
  );
}
