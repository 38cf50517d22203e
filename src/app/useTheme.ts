import { useEffect } from 'react';
import { useStore } from 'zustand';
import { type ExplorerStore, selectTheme, type Theme } from '../store/index.ts';
import { useMediaQuery } from '../view/useMediaQuery.ts';

/** Puts the `dark` class on <html> (Tailwind's dark variant) when the theme, or the system, is dark. */
export function applyTheme(theme: Theme, systemDark: boolean): void {
  const dark = theme === 'dark' || (theme === 'system' && systemDark);
  document.documentElement.classList.toggle('dark', dark);
  document.documentElement.style.colorScheme = dark ? 'dark' : 'light';
}

/** Follows the store's theme and prefers-color-scheme (persistence.ts remembers a choice). */
export function useTheme(store: ExplorerStore): void {
  const theme = useStore(store, selectTheme);
  const systemDark = useMediaQuery('(prefers-color-scheme: dark)');
  useEffect(() => applyTheme(theme, systemDark), [theme, systemDark]);
}
