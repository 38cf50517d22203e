import type { SliceCreator, Theme, ViewSlice } from './types.ts';

export const THEMES: readonly Theme[] = ['system', 'light', 'dark'];

export function isTheme(value: unknown): value is Theme {
  return (THEMES as readonly unknown[]).includes(value);
}

export function createViewSlice(initial: { theme: Theme; reducedMotion: boolean }): SliceCreator<ViewSlice> {
  return (set, get) => ({
    theme: initial.theme,
    zoomRequest: null,
    reducedMotion: initial.reducedMotion,
    setTheme: (theme) => {
      if (isTheme(theme) && get().theme !== theme) set({ theme }, false, 'view/theme');
    },
    requestZoom: (kind) => {
      const seq = (get().zoomRequest?.seq ?? 0) + 1;
      set({ zoomRequest: { kind, seq } }, false, 'view/zoom');
    },
    setReducedMotion: (reducedMotion) => {
      if (get().reducedMotion !== reducedMotion) set({ reducedMotion }, false, 'view/reduced-motion');
    },
  });
}
