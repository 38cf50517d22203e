/** The learner's lesson progress as a store: loaded from localStorage once, saved on every change. */
import { useStore } from 'zustand';
import { createStore } from 'zustand/vanilla';
import {
  type AnswerRecord,
  clearAnswer,
  loadProgress,
  markSeen,
  type Progress,
  recordAnswer,
  saveProgress,
} from './progress.ts';

export interface ProgressState {
  readonly progress: Progress;
  seen(lesson: string, stop: number): void;
  answer(lesson: string, stop: number, answer: AnswerRecord): void;
  retry(lesson: string, stop: number): void;
  /** Forgets every lesson's progress. */
  reset(): void;
}

export function createProgressStore(storage: Storage | undefined = globalThis.localStorage) {
  const store = createStore<ProgressState>()((set, get) => ({
    progress: loadProgress(storage),
    seen: (lesson, stop) => {
      const next = markSeen(get().progress, lesson, stop);
      if (next !== get().progress) set({ progress: next });
    },
    answer: (lesson, stop, answer) => set({ progress: recordAnswer(get().progress, lesson, stop, answer) }),
    retry: (lesson, stop) => set({ progress: clearAnswer(get().progress, lesson, stop) }),
    reset: () => set({ progress: {} }),
  }));
  store.subscribe((state, prev) => {
    if (state.progress !== prev.progress) saveProgress(state.progress, storage);
  });
  return store;
}

export type ProgressStore = ReturnType<typeof createProgressStore>;

let appStore: ProgressStore | undefined;

/** The page's progress store, made on first use (the lesson UI loads lazily). */
export function appProgressStore(): ProgressStore {
  appStore ??= createProgressStore();
  return appStore;
}

export function useProgress<T>(selector: (state: ProgressState) => T): T {
  return useStore(appProgressStore(), selector);
}
