import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App.tsx';
import { readProgress, readStored } from './app/persistence.ts';
import { initFromLocation } from './app/url/view-url.ts';
import { applyTheme } from './app/useTheme.ts';
import { loadZh } from './i18n/catalog.ts';
import { preferredLang } from './i18n/lang.ts';
import { loadExtras } from './store/construction-extras.ts';
import { loadTracer } from './store/tracer.ts';
import { langOfHash } from './store/view-hash.ts';
// The first screen's utilities; the whole stylesheet loads with the lazy parts (src/index.css).
import './first-screen.css';

// When the page's own code starts, its modules loaded (e2e/large-link.spec.ts times from here).
performance.mark('podpath:start');

/**
 * The page's start, in a function rather than at the module's top level: a top-level await kept
 * this module evaluating while it waited, and a lazy chunk it waited for (stored progress, a
 * preset, the packet engine) that imported the first screen's chunk, which imports this one,
 * waited for it in turn and never loaded.
 */
async function start(): Promise<void> {
  // Set the theme before the first paint, so a dark page does not flash white.
  const stored = readStored();
  applyTheme(stored.theme, window.matchMedia?.('(prefers-color-scheme: dark)').matches ?? false);

  // The language: the link's, else the one chosen on an earlier visit, else the browser's. Chinese
  // waits for its catalog (a small chunk), so the page does not show English first; it is named
  // before the link's scenario is read, so a large one's progress panel speaks it too.
  const preferred = stored.lang ?? preferredLang(navigator.languages ?? [navigator.language]);
  const zh = (langOfHash(window.location.hash) ?? preferred) === 'zh';
  if (zh) document.documentElement.lang = 'zh-CN';
  const zhLoaded = zh ? loadZh().catch(() => undefined) : undefined;

  // The view in the URL, a compressed scenario in it decoded, before the store is made from it; the
  // stored lesson progress read meanwhile.
  const progressRead = readProgress(stored.progressText);
  const init = await initFromLocation();
  const progress = await progressRead;
  await zhLoaded;

  // The packet engine is not part of the first load. A link that opens on a packet walk or a lesson
  // waits for it; any other page fetches it in the background. If it cannot be fetched, the page
  // still opens: a walk then says why it could not be sent.
  const tracer = loadTracer().catch(() => undefined);
  if (init.packet?.walk || init.lesson) await tracer;

  const root = document.getElementById('root');
  if (!root) throw new Error('index.html has no #root element');
  createRoot(root).render(
    <StrictMode>
      <App
        init={{ ...init, theme: stored.theme, preferredLang: preferred, progress, progressKept: stored.kept }}
      />
    </StrictMode>,
  );

  // Terway's and the Services' construction (not in the first load; a link that needs it waited
  // for it in initFromLocation) fetched in the background, so that choosing such a scenario is quick.
  void loadExtras().catch(() => undefined);
}

void start();
