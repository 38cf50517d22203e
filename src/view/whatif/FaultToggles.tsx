import { useState } from 'react';
import { type Fault, type FaultKind, faultKindsOf } from '../../engine/index.ts';
import { whatif } from '../../i18n/en/whatif.ts';
import { selectScenario, selectWhatIfSettings, useExplorer, useExplorerStore } from '../../store/index.ts';
import { useMessages } from '../i18n/useMessages.ts';
import { FOCUS_RING, MUTED } from '../styles.ts';

const SELECT = `min-w-0 rounded-md border border-slate-300 bg-white px-2 py-1 text-sm dark:border-slate-600 dark:bg-slate-900 ${FOCUS_RING}`;

/** Toggles each fault kind of the cluster's CNI on a chosen node; the active faults are listed with a Remove button. */
export function FaultToggles() {
  const store = useExplorerStore();
  const scenario = useExplorer(selectScenario);
  const settings = useExplorer(selectWhatIfSettings);
  const workers = scenario.nodes.filter((n) => n.role === 'worker');
  const [picked, setPicked] = useState<string | null>(null);
  const { m, f } = useMessages('whatif', whatif);
  const node =
    (picked && scenario.nodes.some((n) => n.name === picked) ? picked : null) ??
    workers.at(-1)?.name ??
    scenario.nodes[0]?.name ??
    '';
  const faults = scenario.faults;
  // Only the faults of the dataplane shown: Flannel's on a Flannel cluster, Terway's on Terway.
  const kinds = faultKindsOf(scenario.cluster.cni?.plugin ?? 'flannel');
  const has = (kind: FaultKind, on: string) => faults.some((f) => f.kind === kind && f.node === on);
  const setFaults = (next: readonly Fault[]) => store.getState().setWhatIf({ ...settings, faults: next });
  const toggle = (kind: FaultKind) =>
    setFaults(
      has(kind, node)
        ? faults.filter((f) => f.kind !== kind || f.node !== node)
        : [...faults, { kind, node }],
    );
  return (
    <fieldset className="flex flex-col gap-1.5">
      <legend className="sr-only">{m.faults}</legend>
      <label className="flex items-center gap-2 text-sm">
        <span className={MUTED}>{m.faultsOn}</span>
        <select value={node} onChange={(e) => setPicked(e.target.value)} className={SELECT}>
          {scenario.nodes.map((n) => (
            <option key={n.name} value={n.name}>
              {n.name}
            </option>
          ))}
        </select>
      </label>
      {kinds.map((kind) => (
        <label key={kind} className="flex items-start gap-2 text-sm">
          <input
            type="checkbox"
            checked={has(kind, node)}
            onChange={() => toggle(kind)}
            className={`mt-1 accent-rose-700 ${FOCUS_RING}`}
          />
          <span>
            <span className="font-mono text-[0.8rem]">{kind}</span>
            <span className={`block text-xs ${MUTED}`}>{m[kind]}</span>
          </span>
        </label>
      ))}
      {faults.length > 0 && (
        <ul aria-label={m.activeFaults} className="flex flex-wrap gap-1">
          {faults.map((fault) => (
            <li key={`${fault.kind}:${fault.node}`}>
              <button
                type="button"
                aria-label={f(m.removeFault, { kind: fault.kind, node: fault.node })}
                onClick={() => setFaults(faults.filter((x) => x !== fault))}
                className={`rounded-full border border-red-300 bg-red-50 px-2 py-0.5 font-mono text-xs text-red-800 hover:bg-red-100 dark:border-red-800 dark:bg-red-950/60 dark:text-red-200 ${FOCUS_RING}`}
              >
                {fault.kind} · {fault.node} <span aria-hidden="true">✕</span>
              </button>
            </li>
          ))}
        </ul>
      )}
    </fieldset>
  );
}
