import { useSyncExternalStore } from 'react';
import { dataplaneLabel } from '../engine/index.ts';
import { onCatalogLoaded, zhCatalog } from '../i18n/catalog.ts';
import { selectLang, selectScenarioTitle, useExplorer } from '../store/index.ts';
import { useEngineText } from '../view/i18n/useEngineText.ts';

/**
 * The header's title in the page's language: the scenario's title and the dataplane `&cni=`
 * switched it to. A built-in scenario's title has its Chinese (i18n/zh-CN/scenario-titles.ts);
 * a title of the user's own is shown as written.
 */
export function useScenarioTitle(): string {
  const inEnglish = useExplorer(selectScenarioTitle);
  const title = useExplorer((s) => s.scenario.title);
  const cni = useExplorer((s) => s.whatIf?.settings.cni);
  const lang = useExplorer(selectLang);
  const zh = useSyncExternalStore(onCatalogLoaded, zhCatalog, zhCatalog);
  const say = useEngineText();
  if (lang !== 'zh' || !zh) return inEnglish;
  return zh.scenarioTitle(title, cni ? say(dataplaneLabel(cni)) : undefined);
}
