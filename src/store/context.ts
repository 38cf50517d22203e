import { createContext, useContext } from 'react';
import { useStore } from 'zustand';
import type { ExplorerStore } from './create-explorer-store.ts';
import type { ExplorerState } from './types.ts';

/** The explorer store of the app (or of a test), given by `<ExplorerStoreContext value={store}>`. */
export const ExplorerStoreContext = createContext<ExplorerStore | null>(null);

export function useExplorerStore(): ExplorerStore {
  const store = useContext(ExplorerStoreContext);
  if (!store) throw new Error('useExplorerStore: no ExplorerStoreContext above this component');
  return store;
}

/** Reads one narrow slice of the store; pass a selector from selectors.ts. */
export function useExplorer<T>(selector: (state: ExplorerState) => T): T {
  return useStore(useExplorerStore(), selector);
}
