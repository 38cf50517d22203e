import type { SelectionSlice, SliceCreator } from './types.ts';

export function createSelectionSlice(initial: { selectedId: string | null }): SliceCreator<SelectionSlice> {
  return (set, get) => ({
    selectedId: initial.selectedId,
    tab: null,
    select: (id) => {
      if (get().selectedId !== id) set({ selectedId: id }, false, 'selection/select');
    },
    openTab: (tab) => {
      if (get().tab !== tab) set({ tab }, false, 'selection/tab');
    },
    showElement: (id) => {
      get().select(id);
      get().requestZoom('focus');
    },
  });
}
