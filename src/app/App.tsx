import { useState } from 'react';
import { createExplorerStore, ExplorerStoreContext } from '../store/index.ts';
import { Explorer } from './Explorer.tsx';
import { initFromUrl } from './url-bridge.ts';
import { useClock } from './useClock.ts';
import { useKeyboard } from './useKeyboard.ts';
import { storedTheme, useTheme } from './useTheme.ts';
import { useUrlSync } from './useUrlSync.ts';

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
  useClock(store);
  useKeyboard(store);
  useUrlSync(store);
  useTheme(store);
  return (
    <ExplorerStoreContext value={store}>
      <Explorer />
    </ExplorerStoreContext>
  );
}
