import { useState } from 'react';
import { createExplorerStore, ExplorerStoreContext } from '../store/index.ts';
import { Explorer } from './Explorer.tsx';
import { EmbedExplorer } from './embed/EmbedExplorer.tsx';
import { isEmbedMode } from './embed/embed-mode.ts';
import { useEmbedMessages } from './embed/useEmbedMessages.ts';
import { initFromUrl } from './url-bridge.ts';
import { useClock } from './useClock.ts';
import { useKeyboard } from './useKeyboard.ts';
import { usePacketWalkUrl } from './usePacketWalkUrl.ts';
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
  const [embed] = useState(() => isEmbedMode(window.location.hash));
  useClock(store);
  useKeyboard(store);
  useUrlSync(store);
  usePacketWalkUrl(store);
  useTheme(store);
  useEmbedMessages(store, embed);
  return (
    <ExplorerStoreContext value={store}>{embed ? <EmbedExplorer /> : <Explorer />}</ExplorerStoreContext>
  );
}
