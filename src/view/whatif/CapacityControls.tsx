import { useMemo, useState } from 'react';
import { capacity } from '../../engine/index.ts';
import { whatif } from '../../i18n/en/whatif.ts';
import {
  selectBaseScenario,
  selectScenario,
  selectWhatIfSettings,
  useExplorer,
  useExplorerStore,
} from '../../store/index.ts';
import { clusterMaskOf } from '../../store/what-if-scenario.ts';
import { useEngineText } from '../i18n/useEngineText.ts';
import { useMessages } from '../i18n/useMessages.ts';
import { FOCUS_RING, MUTED } from '../styles.ts';

const FIELD = `rounded-md border border-slate-300 bg-white px-2 py-1 text-sm dark:border-slate-600 dark:bg-slate-900 ${FOCUS_RING}`;

/**
 * A smaller route quota (a number) and a smaller cluster CIDR (a longer prefix, down to one past
 * the node mask, which the engine refuses with kube-controller-manager's own message), and the
 * room they leave (kept back while a lesson question waits: store/withheld.ts).
 */
export function CapacityControls() {
  const store = useExplorerStore();
  const scenario = useExplorer(selectScenario);
  const base = useExplorer(selectBaseScenario);
  const settings = useExplorer(selectWhatIfSettings);
  const { m: w, f } = useMessages('whatif', whatif);
  const say = useEngineText();
  const effective = scenario.vpc.routeQuota;
  const [quota, setQuota] = useState(String(effective));
  // The field follows a quota changed elsewhere (Undo, the URL); a refused value stays to fix.
  const [seen, setSeen] = useState(effective);
  if (seen !== effective) {
    setSeen(effective);
    setQuota(String(effective));
  }
  const baseMask = clusterMaskOf(base);
  const masks = useMemo(() => {
    const last = Math.min(32, base.cluster.nodeCidrMaskSize + 1);
    return Array.from({ length: Math.max(1, last - baseMask + 1) }, (_, i) => baseMask + i);
  }, [base, baseMask]);
  const summary = useMemo(() => capacity(scenario), [scenario]);
  // While a lesson question waits, the room and its reason are the answers of the growth lesson.
  const quiet = useExplorer((s) => s.withheld !== null);
  const network = scenario.cluster.podCidr.split('/')[0];
  // Any number goes to the engine, which applies it or says why not (-5, 0.5, 1e6 are refused with
  // its own sentence, shown as "Not applied"); an emptied field waits for the user to type.
  const onQuota = (text: string) => {
    setQuota(text);
    const value = Number(text);
    if (text.trim() !== '' && Number.isFinite(value))
      store.getState().setWhatIf({ ...settings, routeQuota: value });
  };
  return (
    <div className="flex flex-col gap-1.5 text-sm">
      <label className="flex items-center gap-2">
        <span className={`grow ${MUTED}`}>{w.routeQuota}</span>
        <input
          type="number"
          min={0}
          inputMode="numeric"
          value={quota}
          onChange={(e) => onQuota(e.target.value)}
          className={`w-20 ${FIELD}`}
        />
      </label>
      <label className="flex items-center gap-2">
        <span className={`grow ${MUTED}`}>{w.clusterCidr}</span>
        <span className="font-mono text-[0.8rem]">{network}/</span>
        <select
          value={settings.clusterMask ?? baseMask}
          onChange={(e) => store.getState().setWhatIf({ ...settings, clusterMask: Number(e.target.value) })}
          className={FIELD}
        >
          {masks.map((m) => (
            <option key={m} value={m}>
              {m}
            </option>
          ))}
        </select>
      </label>
      <p className={`text-xs ${MUTED}`}>
        {quiet
          ? f(w.roomKept, { nodes: summary.nodeCount })
          : f(w.room, {
              nodes: summary.nodeCount,
              limit: summary.nodeLimit,
              reason: say(summary.limitReasonText),
            })}
      </p>
    </div>
  );
}
