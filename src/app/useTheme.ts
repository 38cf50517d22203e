import { useEffect } from 'react';
import { useStore } from 'zustand';
import { type ExplorerStore, isTheme, selectTheme, type Theme } from '../store/index.ts';
import { useMediaQuery } from './useMediaQuery.ts';

const STORAGE_KEY = 'podpath:theme';

/** The theme chosen on an earlier visit, or 'system'. */
export function storedTheme(): Theme {
  try {
    const value = window.localStorage.getItem(STORAGE_KEY);
    return isTheme(value) ? value : 'system';
  } catch {
    return 'system';
  }
}

/** Puts the `dark` class on <html> (Tailwind's dark variant) when the theme, or the system, is dark. */
export function applyTheme(theme: Theme, systemDark: boolean): void {
  const dark = theme === 'dark' || (theme === 'system' && systemDark);
  document.documentElement.classList.toggle('dark', dark);
  document.documentElement.style.colorScheme = dark ? 'dark' : 'light';
}

/** Follows the store's theme and prefers-color-scheme, and remembers an explicit choice. */
export function useTheme(store: ExplorerStore): void {
  const theme = useStore(store, selectTheme);
  const systemDark = useMediaQuery('(prefers-color-scheme: dark)');
  useEffect(() => applyTheme(theme, systemDark), [theme, systemDark]);
  useEffect(
    () =>
      store.subscribe((state, prev) => {
        if (state.theme === prev.theme) return;
        try {
          window.localStorage.setItem(STORAGE_KEY, state.theme);
        } catch {
          // Storage may be disabled (private mode, embeds); the theme still applies for this visit.
        }
      }),
    [store],
  );
}
