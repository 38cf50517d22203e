import { useCallback, useSyncExternalStore } from 'react';
import { english, sayIn, type Text } from '../../engine/index.ts';
import { onCatalogLoaded, zhCatalog } from '../../i18n/catalog.ts';
import { localeOf } from '../../i18n/lang.ts';
import { selectLang, useExplorer } from '../../store/index.ts';

/**
 * Puts the engine's texts (steps, hops, checks) in the page's language: a message from the Chinese
 * catalog once it has loaded, else in English, word for word what the engine says.
 */
export function useEngineText(): (text: Text) => string {
  const lang = useExplorer(selectLang);
  const zh = useSyncExternalStore(onCatalogLoaded, zhCatalog, zhCatalog);
  return useCallback(
    (text: Text) => {
      if (typeof text === 'string' || lang !== 'zh' || !zh) return english(text);
      return sayIn(text, (m) => zh.engine[m.id], localeOf(lang));
    },
    [lang, zh],
  );
}
