import { afterEach, describe, expect, it, vi } from 'vitest';
import { createExplorerStore } from '../store/index.ts';
import { PROGRESS_KEY } from '../store/progress.ts';
import { memoryStorage } from '../test-support/memory-storage.ts';
import { readProgress, readStored } from './persistence.ts';

afterEach(() => vi.unstubAllGlobals());

describe('readStored', () => {
  it('reads the theme and the progress of an earlier visit', async () => {
    const storage = memoryStorage();
    storage.setItem('podpath:theme', 'dark');
    storage.setItem('podpath:lang', 'zh');
    const text = JSON.stringify({ l: { seen: [1, 2], answers: {} } });
    storage.setItem(PROGRESS_KEY, text);
    vi.stubGlobal('localStorage', storage);
    expect(readStored()).toEqual({ theme: 'dark', lang: 'zh', progressText: text, kept: true });
    expect(await readProgress(text)).toEqual({ l: { seen: [1, 2], answers: {} } });
  });

  it('reads garbage as nothing', async () => {
    const storage = memoryStorage();
    storage.setItem('podpath:theme', 'neon');
    storage.setItem('podpath:lang', 'klingon');
    storage.setItem(PROGRESS_KEY, '{not json');
    vi.stubGlobal('localStorage', storage);
    expect(readStored()).toEqual({ theme: 'system', lang: null, progressText: '{not json', kept: true });
    expect(await readProgress('{not json')).toEqual({});
    expect(await readProgress(null)).toEqual({});
  });

  it('works without storage, and when storage throws on access or on reading', () => {
    vi.stubGlobal('localStorage', undefined);
    expect(readStored()).toEqual({ theme: 'system', lang: null, progressText: null, kept: false });
    Object.defineProperty(globalThis, 'localStorage', {
      configurable: true,
      get() {
        throw new DOMException('The operation is insecure.', 'SecurityError');
      },
    });
    expect(readStored()).toEqual({ theme: 'system', lang: null, progressText: null, kept: false });
    vi.stubGlobal(
      'localStorage',
      memoryStorage({
        getItem: () => {
          throw new DOMException('denied', 'SecurityError');
        },
      }),
    );
    expect(readStored()).toEqual({ theme: 'system', lang: null, progressText: null, kept: false });
  });
});

describe('progress in the store', () => {
  it('starts from what was stored and keeps changes in memory', () => {
    const store = createExplorerStore({ devtools: false, progress: { l: { seen: [1], answers: {} } } });
    expect(store.getState().progressKept).toBe(true);
    store.getState().setProgress({});
    expect(store.getState().progress).toEqual({});
    store.getState().setProgressKept(false);
    expect(store.getState().progressKept).toBe(false);
  });
});

describe('the language in the store', () => {
  it("shows the link's language, else the preferred one; choosing one names it in the link", async () => {
    const { selectLang, selectViewState } = await import('../store/index.ts');
    const store = createExplorerStore({ devtools: false, preferredLang: 'zh' });
    expect([store.getState().lang, selectLang(store.getState())]).toEqual([null, 'zh']);
    store.getState().applyView({ lang: 'en' });
    expect(selectLang(store.getState())).toBe('en');
    store.getState().setLang('zh');
    expect(selectViewState(store.getState()).lang).toBe('zh');
    expect(store.getState().preferredLang).toBe('zh');
  });
});
