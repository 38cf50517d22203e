import { header } from '../../i18n/en/header.ts';
import { selectTheme, type Theme, useExplorer, useExplorerStore } from '../../store/index.ts';
import { Icon, type IconName } from '../Icons.tsx';
import { useMessages } from '../i18n/useMessages.ts';
import { FOCUS_RING } from '../styles.ts';

const CHOICES: readonly { theme: Theme; label: keyof typeof header; icon: IconName }[] = [
  { theme: 'light', label: 'themeLight', icon: 'sun' },
  { theme: 'dark', label: 'themeDark', icon: 'moon' },
  { theme: 'system', label: 'themeSystem', icon: 'monitor' },
];

/** Light, dark, or following the system (the default): three toggle buttons. */
export function ThemeToggle() {
  const store = useExplorerStore();
  const theme = useExplorer(selectTheme);
  const { m, f } = useMessages('header', header);
  return (
    <fieldset className="flex rounded-lg border border-slate-300 p-0.5 dark:border-slate-600">
      <legend className="sr-only">{m.theme}</legend>
      {CHOICES.map((choice) => (
        <button
          key={choice.theme}
          type="button"
          aria-pressed={theme === choice.theme}
          title={f(m.themeTitle, { theme: m[choice.label] })}
          onClick={() => store.getState().setTheme(choice.theme)}
          className={`flex items-center gap-1 rounded-md px-2 py-1 text-xs ${FOCUS_RING} aria-pressed:bg-slate-200 aria-pressed:font-semibold dark:aria-pressed:bg-slate-700`}
        >
          <Icon name={choice.icon} className="size-3.5" />
          {/* The words from 1536 px; narrower, the icons alone (the words stay their names). */}
          <span className="sr-only 2xl:not-sr-only">{m[choice.label]}</span>
        </button>
      ))}
    </fieldset>
  );
}
