import type { Progress } from './progress.ts';
import type { ProgressSlice, SliceCreator } from './types.ts';

export function createProgressSlice(initial: {
  progress: Progress;
  kept: boolean;
}): SliceCreator<ProgressSlice> {
  return (set, get) => ({
    progress: initial.progress,
    progressKept: initial.kept,
    setProgress: (progress) => {
      if (get().progress !== progress) set({ progress }, false, 'progress/set');
    },
    setProgressKept: (kept) => {
      if (get().progressKept !== kept) set({ progressKept: kept }, false, 'progress/kept');
    },
  });
}
