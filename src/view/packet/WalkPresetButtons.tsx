import { useMemo } from 'react';
import { packet } from '../../i18n/en/packet.ts';
import { selectScenario, selectWalkRequest, useExplorer, useExplorerStore } from '../../store/index.ts';
import { useMessages } from '../i18n/useMessages.ts';
import { FOCUS_RING } from '../styles.ts';
import { type WalkPreset, walkPresets } from './walk-presets.ts';

/** One button per kind of communication the scenario can show; it fills the fields and sends. */
export function WalkPresetButtons() {
  const store = useExplorerStore();
  const scenario = useExplorer(selectScenario);
  const walk = useExplorer(selectWalkRequest);
  const presets = useMemo(() => walkPresets(scenario), [scenario]);
  const { m, f } = useMessages('packet', packet);
  const label = (p: WalkPreset) =>
    p.external === undefined || p.external === 'internet'
      ? m[p.id]
      : f(m.podToExternal, { name: p.external });
  return (
    <fieldset className="flex flex-wrap gap-1 px-2">
      <legend className="sr-only">{m.presets}</legend>
      {presets.map((p) => (
        <button
          key={p.id}
          type="button"
          aria-pressed={walk?.from === p.from && walk.to === p.to}
          title={`${p.from} → ${p.to}`}
          onClick={() => store.getState().sendPacket(p.from, p.to)}
          className={`rounded-full border border-slate-300 px-2.5 py-0.5 text-xs hover:bg-slate-100 aria-pressed:border-blue-600 aria-pressed:bg-blue-50 aria-pressed:font-semibold dark:border-slate-600 dark:hover:bg-slate-800 dark:aria-pressed:border-blue-400 dark:aria-pressed:bg-blue-950/60 ${FOCUS_RING}`}
        >
          {label(p)}
        </button>
      ))}
    </fieldset>
  );
}
