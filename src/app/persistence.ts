/**
 * The one place the page keeps anything in the browser: the theme, the language chosen and the
 * lesson progress, read
 * once at start and saved as the store changes. Storage may be missing (some embeds), throw on
 * access (third-party storage blocked, private windows), be full or hold garbage: then everything
 * works in memory for the visit and the store says progress will not be kept, never an error.
 */
import { useEffect } from 'react';
import { isLang, type Lang } from '../i18n/lang.ts';
import { type ExplorerStore, isTheme, type Theme } from '../store/index.ts';
import { PROGRESS_KEY, type Progress } from '../store/progress.ts';

const THEME_KEY = 'podpath:theme';
const TOUR_KEY = 'podpath:tour-seen';
const LANG_KEY = 'podpath:lang';

export interface Stored {
  readonly theme: Theme;
  /** The language chosen on an earlier visit (the Language control); null: none chosen. */
  readonly lang: Lang | null;
  /** The lesson progress as stored, unread (readProgress reads it). */
  readonly progressText: string | null;
  /** Whether the browser lets the page keep what it stores. */
  readonly kept: boolean;
}

function browserStorage(): Storage | undefined {
  try {
    return globalThis.localStorage ?? undefined;
  } catch {
    return undefined;
  }
}

/** The theme and the stored progress of earlier visits; defaults where nothing can be read. */
export function readStored(): Stored {
  const storage = browserStorage();
  let kept = storage !== undefined;
  const read = (key: string): string | null => {
    try {
      return storage?.getItem(key) ?? null;
    } catch {
      kept = false;
      return null;
    }
  };
  const theme = read(THEME_KEY);
  const lang = read(LANG_KEY);
  return {
    theme: isTheme(theme) ? theme : 'system',
    lang: isLang(lang) ? lang : null,
    progressText: read(PROGRESS_KEY),
    kept,
  };
}

/**
 * Stored progress, read: the reader (valibot) loads only when something is stored, so a first
 * visit does without it. A reader that cannot be fetched reads as no progress.
 */
export async function readProgress(text: string | null): Promise<Progress> {
  if (!text) return {};
  try {
    return (await import('../store/progress-read.ts')).parseProgress(text);
  } catch {
    return {};
  }
}

/** Writes a value (null removes it); false when the browser refused. */
function write(key: string, value: string | null): boolean {
  const storage = browserStorage();
  if (!storage) return false;
  try {
    if (value === null) storage.removeItem(key);
    else storage.setItem(key, value);
    return true;
  } catch {
    return false;
  }
}

/** Saves the theme, the language chosen and the progress whenever they change. */
export function usePersistence(store: ExplorerStore): void {
  useEffect(
    () =>
      store.subscribe((state, prev) => {
        // The theme still applies for this visit when it cannot be kept.
        if (state.theme !== prev.theme) write(THEME_KEY, state.theme);
        // Only the Language control changes the preferred language (a link's `lang=` does not).
        if (state.preferredLang !== prev.preferredLang) write(LANG_KEY, state.preferredLang);
        if (state.progress === prev.progress) return;
        const empty = Object.keys(state.progress).length === 0;
        const saved = write(PROGRESS_KEY, empty ? null : JSON.stringify(state.progress));
        if (!saved) state.setProgressKept(false);
      }),
    [store],
  );
}

/** Whether the first-visit tour was shown on an earlier visit (as if so when storage fails). */
export function tourSeen(): boolean {
  try {
    return browserStorage()?.getItem(TOUR_KEY) !== null;
  } catch {
    return true;
  }
}

/** Remembers that the tour was shown (quietly nothing when storage fails). */
export function markTourSeen(): void {
  write(TOUR_KEY, '1');
}
