import { lazy } from 'react';
import { DATAPLANE_LABELS, DATAPLANES, type Dataplane, flannelBackend } from '../../engine/index.ts';
import {
  type ExplorerState,
  selectWhatIfSettings,
  useExplorer,
  useExplorerStore,
} from '../../store/index.ts';
import { LazyPart } from '../LazyPart.tsx';
import { FOCUS_RING, MUTED, NAV_HEADING } from '../styles.ts';
import { BUTTON, OFF, ON } from './buttons.ts';

// The comparison traces: it loads with the packet engine, when a comparison is asked for.
const CompareTable = lazy(() => import('./CompareTable.tsx').then((m) => ({ default: m.CompareTable })));

const selectCompare = (s: ExplorerState) => s.compare;
const selectShown = (s: ExplorerState): Dataplane => flannelBackend(s.scenario) ?? 'alloc';

/**
 * The dataplane the cluster runs (`&cni=`): the same scenario on Flannel's VPC routes, vxlan or
 * host-gw, switched in place (the step, the selection and the walk stay); and the compare view
 * (`&compare=A,B`), the engine's facts of two dataplanes side by side with what differs marked.
 */
export function DataplanePanel() {
  const store = useExplorerStore();
  const shown = useExplorer(selectShown);
  const compare = useExplorer(selectCompare);
  const show = (dataplane: Dataplane) => {
    const { whatIf } = store.getState();
    const settings = selectWhatIfSettings(store.getState());
    const base = flannelBackend(whatIf?.base ?? store.getState().scenario) ?? 'alloc';
    const { cni: _, ...rest } = settings;
    store.getState().setWhatIf(dataplane === base ? rest : { ...rest, cni: dataplane });
  };
  return (
    <section aria-labelledby="dataplane-title" className="flex flex-col gap-2 p-2 pt-0">
      <h2 id="dataplane-title" tabIndex={-1} className={`${NAV_HEADING} outline-none`}>
        Dataplane
      </h2>
      <div className="flex flex-col gap-2 px-2">
        <p className={`text-xs ${MUTED}`}>
          The same cluster on another Flannel backend: the steps and the walk follow.
        </p>
        <fieldset aria-label="Dataplane" className="flex flex-wrap gap-1">
          {DATAPLANES.map((d) => (
            <button
              key={d}
              type="button"
              aria-pressed={shown === d}
              title={DATAPLANE_LABELS[d]}
              onClick={() => show(d)}
              className={`${BUTTON} ${shown === d ? ON : OFF}`}
            >
              {d}
            </button>
          ))}
        </fieldset>
        <label className="flex items-center gap-2 text-xs">
          <span>Compare with</span>
          <select
            value={compare?.find((d) => d !== shown) ?? ''}
            onChange={(e) => {
              const other = e.target.value as Dataplane | '';
              store.getState().setCompare(other === '' ? null : [shown, other]);
            }}
            className={`rounded border border-slate-300 bg-white px-1 py-0.5 dark:border-slate-600 dark:bg-slate-900 ${FOCUS_RING}`}
          >
            <option value="">(nothing)</option>
            {DATAPLANES.filter((d) => d !== shown).map((d) => (
              <option key={d} value={d}>
                {d}
              </option>
            ))}
          </select>
        </label>
        {compare && (
          <LazyPart what="The comparison">
            <CompareTable dataplanes={compare} onShow={show} shown={shown} />
          </LazyPart>
        )}
      </div>
    </section>
  );
}
