import { selectLoadError, useExplorer } from '../store/index.ts';
import { useEngineText } from './i18n/useEngineText.ts';

/** Why a scenario offered in the URL was refused (the view stays on the previous one). */
export function LoadError() {
  const message = useExplorer(selectLoadError);
  const say = useEngineText();
  if (!message) return null;
  return (
    <p
      role="alert"
      className="border-b border-red-200 bg-red-50 px-4 py-2 text-sm text-red-800 dark:border-red-900 dark:bg-red-950 dark:text-red-200"
    >
      {say(message)}
    </p>
  );
}
