import { useEffect } from 'react';
import { loadZh } from '../i18n/catalog.ts';
import { localeOf } from '../i18n/lang.ts';
import { type ExplorerStore, selectLang } from '../store/index.ts';

/** Keeps `<html lang>` the page's language, and fetches the Chinese catalog when it is Chinese. */
export function useLanguage(store: ExplorerStore): void {
  useEffect(() => {
    const follow = () => {
      const lang = selectLang(store.getState());
      document.documentElement.lang = localeOf(lang);
      // Until it is fetched (or if it cannot be) the page stays in English.
      if (lang === 'zh') loadZh().catch(() => undefined);
    };
    follow();
    return store.subscribe((state, prev) => {
      if (selectLang(state) !== selectLang(prev)) follow();
    });
  }, [store]);
}
