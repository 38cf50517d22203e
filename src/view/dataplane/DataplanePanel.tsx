import { useMemo } from 'react';
import { DATAPLANE_LABELS, DATAPLANES, type Dataplane, flannelBackend } from '../../engine/index.ts';
import { compareDataplanes } from '../../engine/packet/index.ts';
import {
  type ExplorerState,
  selectBaseScenario,
  selectWalkRequest,
  selectWhatIfSettings,
  useExplorer,
  useExplorerStore,
} from '../../store/index.ts';
import { FOCUS_RING, MUTED, NAV_HEADING } from '../styles.ts';

const selectCompare = (s: ExplorerState) => s.compare;
const selectShown = (s: ExplorerState): Dataplane => flannelBackend(s.scenario) ?? 'alloc';

const BUTTON = `rounded-md border px-2 py-0.5 text-xs font-medium ${FOCUS_RING}`;
const ON = 'border-sky-600 bg-sky-600 text-white dark:border-sky-400 dark:bg-sky-500 dark:text-slate-950';
const OFF = 'border-slate-300 hover:bg-slate-100 dark:border-slate-600 dark:hover:bg-slate-800';

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
        {compare && <CompareTable dataplanes={compare} onShow={show} shown={shown} />}
      </div>
    </section>
  );
}

function CompareTable({
  dataplanes,
  onShow,
  shown,
}: {
  dataplanes: readonly Dataplane[];
  onShow: (d: Dataplane) => void;
  shown: Dataplane;
}) {
  const base = useExplorer(selectBaseScenario);
  const walk = useExplorer(selectWalkRequest);
  const comparison = useMemo(() => compareDataplanes(base, dataplanes, walk), [base, dataplanes, walk]);
  return (
    <table aria-label="Compare dataplanes" className="w-full text-left text-xs">
      <thead>
        <tr>
          <th scope="col" className="py-1 pr-1 align-bottom font-medium">
            <span className="sr-only">Fact</span>
          </th>
          {dataplanes.map((d, i) => (
            <th key={d} scope="col" className="px-1 py-1 align-bottom font-medium">
              <button
                type="button"
                aria-pressed={shown === d}
                onClick={() => onShow(d)}
                title={`Show the cluster on ${comparison.labels[i]}`}
                className={`${BUTTON} ${shown === d ? ON : OFF}`}
              >
                {d}
              </button>
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {comparison.rows.map((row) => (
          <tr key={row.label} className="border-t border-slate-200 dark:border-slate-800">
            <th scope="row" className="py-1 pr-1 align-top font-medium">
              {row.label}
            </th>
            {row.values.map((value, i) => (
              <td key={dataplanes[i]} className="px-1 py-1 align-top break-words">
                {row.differs ? (
                  <mark className="rounded bg-amber-100 px-0.5 text-amber-950 dark:bg-amber-500/25 dark:text-amber-50">
                    {value}
                    {i === 0 && <span className="sr-only"> (differs)</span>}
                  </mark>
                ) : (
                  value
                )}
              </td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
