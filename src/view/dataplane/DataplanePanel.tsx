import { DATAPLANES, type Dataplane, dataplaneLabel, flannelBackend } from '../../engine/index.ts';
import { dataplane as en } from '../../i18n/en/dataplane.ts';
import { type ExplorerState, useExplorer, useExplorerStore } from '../../store/index.ts';
import { useEngineText } from '../i18n/useEngineText.ts';
import { useMessages } from '../i18n/useMessages.ts';
import { FOCUS_RING, MUTED, NAV_HEADING } from '../styles.ts';
import { BUTTON, OFF, ON } from './buttons.ts';
import { useShowDataplane } from './CompareCard.tsx';

const selectCompare = (s: ExplorerState) => s.compare;
const selectShown = (s: ExplorerState): Dataplane => flannelBackend(s.scenario) ?? 'alloc';

/**
 * The dataplane the cluster runs (`&cni=`): the same scenario on Flannel's VPC routes, vxlan or
 * host-gw, switched in place (the step, the selection and the walk stay); and the compare view
 * (`&compare=A,B`) picked here and shown first, in CompareCard.
 */
export function DataplanePanel() {
  const store = useExplorerStore();
  const shown = useExplorer(selectShown);
  const compare = useExplorer(selectCompare);
  const show = useShowDataplane();
  const { m, f } = useMessages('dataplane', en);
  const say = useEngineText();
  return (
    <section aria-labelledby="dataplane-title" className="flex flex-col gap-2 p-2 pt-0">
      <h2 id="dataplane-title" tabIndex={-1} className={`${NAV_HEADING} outline-none`}>
        {m.title}
      </h2>
      <div className="flex flex-col gap-2 px-2">
        <p className={`text-xs ${MUTED}`}>{m.intro}</p>
        <fieldset aria-label={m.title} className="flex flex-wrap gap-1">
          {DATAPLANES.map((d) => (
            <button
              key={d}
              type="button"
              aria-pressed={shown === d}
              title={say(dataplaneLabel(d))}
              onClick={() => show(d)}
              className={`${BUTTON} ${shown === d ? ON : OFF}`}
            >
              {d}
            </button>
          ))}
        </fieldset>
        <label className="flex items-center gap-2 text-xs">
          <span>{m.compareWith}</span>
          <select
            value={compare?.find((d) => d !== shown) ?? ''}
            onChange={(e) => {
              const other = e.target.value as Dataplane | '';
              store.getState().setCompare(other === '' ? null : [shown, other]);
            }}
            className={`rounded border border-slate-300 bg-white px-1 py-0.5 dark:border-slate-600 dark:bg-slate-900 ${FOCUS_RING}`}
          >
            <option value="">{m.nothing}</option>
            {DATAPLANES.filter((d) => d !== shown).map((d) => (
              <option key={d} value={d}>
                {d}
              </option>
            ))}
          </select>
        </label>
        {compare && (
          <p className={`text-xs ${MUTED}`}>
            {f(m.shownBeside, { a: compare[0] ?? '', b: compare[1] ?? '' })}
          </p>
        )}
      </div>
    </section>
  );
}
