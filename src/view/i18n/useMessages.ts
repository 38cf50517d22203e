import { useMemo, useSyncExternalStore } from 'react';
import { format, type Params } from '../../engine/index.ts';
import { type Catalog, onCatalogLoaded, type Part, zhCatalog } from '../../i18n/catalog.ts';
import { type Lang, localeOf } from '../../i18n/lang.ts';
import { selectLang, useExplorer } from '../../store/index.ts';

/** A part's messages in the page's language, and a formatter for those with parameters. */
export interface Messages<P extends Part> {
  readonly m: Catalog[P];
  readonly lang: Lang;
  /** A message with its parameters put in (plurals in the page language's rules). */
  f(message: string, params: Params): string;
}

/**
 * The messages of one part of the UI: `en` (the part's English catalog, imported by the part so it
 * loads with it) until the page is in Chinese and the Chinese catalog has loaded.
 */
export function useMessages<P extends Part>(part: P, en: Catalog[P]): Messages<P> {
  const lang = useExplorer(selectLang);
  const zh = useSyncExternalStore(onCatalogLoaded, zhCatalog, zhCatalog);
  const m = lang === 'zh' && zh ? zh[part] : en;
  // The same object while the language stays, so memos that use it keep.
  return useMemo(() => {
    const locale = localeOf(lang);
    return { m, lang, f: (message: string, params: Params) => format(message, params, locale) };
  }, [m, lang]);
}
