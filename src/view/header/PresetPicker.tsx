import { PRESET_NAMES, type PresetName } from '../../engine/index.ts';
import { header } from '../../i18n/en/header.ts';
import { selectSource, useExplorer, useExplorerStore } from '../../store/index.ts';
import { useMessages } from '../i18n/useMessages.ts';
import { FOCUS_RING } from '../styles.ts';

const PRESET_LABELS: Readonly<Record<PresetName, keyof typeof header>> = {
  article: 'presetArticle',
  small: 'presetSmall',
  large: 'presetLarge',
  services: 'presetServices',
};

/** Chooses a built-in scenario; a scenario from the URL shows as "Custom". */
export function PresetPicker() {
  const store = useExplorerStore();
  const source = useExplorer(selectSource);
  const { m } = useMessages('header', header);
  const value = source.kind === 'preset' ? source.name : 'custom';
  return (
    <label className="flex items-center gap-2 text-sm">
      <span className="text-slate-600 dark:text-slate-400">{m.scenario}</span>
      <select
        value={value}
        onChange={(event) => {
          const name = event.target.value;
          const preset = PRESET_NAMES.find((p) => p === name);
          if (preset) store.getState().loadPreset(preset);
        }}
        className={`rounded-md border border-slate-300 bg-white px-2 py-1 dark:border-slate-600 dark:bg-slate-900 ${FOCUS_RING}`}
      >
        {PRESET_NAMES.map((name) => (
          <option key={name} value={name}>
            {m[PRESET_LABELS[name]]}
          </option>
        ))}
        {value === 'custom' && (
          <option value="custom" disabled>
            {m.custom}
          </option>
        )}
      </select>
    </label>
  );
}
