import { useEffect } from 'react';
import type { LessonNav } from './lesson-nav.ts';
import { readLessonUrl, writeLessonUrl } from './lesson-url.ts';

/**
 * Keeps `lesson` and `stop` in the URL on the lesson navigation (replacing the history entry,
 * so Back leaves the page rather than walking through stops), and applies an address the user
 * types, or Back, to it.
 */
export function useLessonUrlSync(nav: LessonNav): void {
  useEffect(() => {
    const write = () => {
      const hash = writeLessonUrl(window.location.hash, nav.getState().location);
      if (hash !== window.location.hash) window.history.replaceState(window.history.state, '', hash);
    };
    if (nav.getState().location) write();
    const unsubscribe = nav.subscribe((state, prev) => {
      if (state.location !== prev.location) write();
    });
    const onHashChange = () => {
      const location = readLessonUrl(window.location.hash);
      const now = nav.getState().location;
      if (location === null) {
        if (now !== null) nav.getState().exit();
      } else if (location.lesson !== now?.lesson || location.stop !== now.stop) {
        nav.getState().open(location);
      }
    };
    window.addEventListener('hashchange', onHashChange);
    return () => {
      unsubscribe();
      window.removeEventListener('hashchange', onHashChange);
    };
  }, [nav]);
}
