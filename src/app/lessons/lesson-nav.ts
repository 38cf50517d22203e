/**
 * Which lesson stop is open and whether the lesson picker is showing: a tiny store, apart from
 * the explorer's, so the header and the shell can drive lessons while the player itself loads
 * lazily. The URL mirrors it (useLessonUrlSync.ts).
 */
import { useStore } from 'zustand';
import { createStore } from 'zustand/vanilla';
import { type LessonLocation, readLessonUrl } from './lesson-url.ts';

export interface LessonNavState {
  readonly location: LessonLocation | null;
  readonly pickerOpen: boolean;
  /** Opens a lesson at a stop (closing the picker). */
  open(location: LessonLocation): void;
  /** Leaves the lesson; the explorer stays as it is. */
  exit(): void;
  showPicker(open: boolean): void;
}

export function createLessonNav(location: LessonLocation | null = null) {
  return createStore<LessonNavState>()((set, get) => ({
    location,
    pickerOpen: false,
    open: (next) => {
      const now = get().location;
      const same = now?.lesson === next.lesson && now.stop === next.stop;
      set(same ? { pickerOpen: false } : { location: next, pickerOpen: false });
    },
    exit: () => set({ location: null }),
    showPicker: (open) => set({ pickerOpen: open }),
  }));
}

export type LessonNav = ReturnType<typeof createLessonNav>;

/** The app's one lesson navigation, starting from the address the page was opened with. */
export const lessonNav: LessonNav = createLessonNav(
  typeof window === 'undefined' ? null : readLessonUrl(window.location.hash),
);

export function useLessonNav<T>(selector: (state: LessonNavState) => T): T {
  return useStore(lessonNav, selector);
}
