import { lazy, useEffect, useState } from 'react';
import { useStore } from 'zustand';
import { createExplorerStore, type ExplorerInit, ExplorerStoreContext } from '../store/index.ts';
import { LazyPart } from '../view/LazyPart.tsx';
import { Explorer } from './Explorer.tsx';
import { usePersistence } from './persistence.ts';
import { useViewUrl } from './url/useViewUrl.ts';
import { useClock } from './useClock.ts';
import { useKeyboard } from './useKeyboard.ts';
import { useLanguage } from './useLanguage.ts';
import { useTheme } from './useTheme.ts';

// Embed mode (and its postMessage API) is a separate chunk; the full explorer never loads it.
const EmbedRoot = lazy(() => import('./embed/EmbedRoot.tsx'));
// So is presentation mode, loaded when it is asked for.
const PresentationView = lazy(() => import('./present/PresentationView.tsx'));

function prefersReducedMotion(): boolean {
  return (
    typeof window.matchMedia === 'function' && window.matchMedia('(prefers-reduced-motion: reduce)').matches
  );
}

/**
 * The app: one explorer store, made from the URL's view and what earlier visits kept, with the
 * clock, keyboard, URL, theme and persistence wired.
 */
export function App({ init }: { init: ExplorerInit }) {
  const [store] = useState(() => createExplorerStore({ ...init, reducedMotion: prefersReducedMotion() }));
  const embed = useStore(store, (s) => s.embed);
  const present = useStore(store, (s) => s.present);
  // The packet engine loads in the background (main.tsx started it); the store learns when.
  useEffect(() => void store.getState().loadEngine(), [store]);
  useClock(store);
  useKeyboard(store);
  useViewUrl(store);
  useTheme(store);
  useLanguage(store);
  usePersistence(store);
  return (
    <ExplorerStoreContext value={store}>
      {embed ? (
        <LazyPart part="embed">
          <EmbedRoot />
        </LazyPart>
      ) : present ? (
        <LazyPart part="present">
          <PresentationView />
        </LazyPart>
      ) : (
        <Explorer />
      )}
    </ExplorerStoreContext>
  );
}
