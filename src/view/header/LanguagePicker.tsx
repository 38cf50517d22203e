import { header } from '../../i18n/en/header.ts';
import { LANGS, type Lang } from '../../i18n/lang.ts';
import { useExplorerStore } from '../../store/index.ts';
import { useMessages } from '../i18n/useMessages.ts';
import { FOCUS_RING } from '../styles.ts';

/** Each language in its own words, whatever the page's language. */
const NAMES: Readonly<Record<Lang, string>> = { en: 'English', zh: '中文' };

/** "Language": English or 中文; the choice goes in the link and is remembered (docs/i18n.md). */
export function LanguagePicker() {
  const store = useExplorerStore();
  const { m, lang } = useMessages('header', header);
  return (
    <label className="flex items-center gap-2 text-sm">
      <span className="sr-only">{m.language}</span>
      <select
        value={lang}
        onChange={(event) => {
          const chosen = LANGS.find((l) => l === event.target.value);
          if (chosen) store.getState().setLang(chosen);
        }}
        className={`rounded-md border border-slate-300 bg-white py-1 pr-1 pl-1.5 dark:border-slate-600 dark:bg-slate-900 ${FOCUS_RING}`}
      >
        {LANGS.map((l) => (
          <option key={l} value={l} lang={l === 'zh' ? 'zh-CN' : 'en'}>
            {NAMES[l]}
          </option>
        ))}
      </select>
    </label>
  );
}
