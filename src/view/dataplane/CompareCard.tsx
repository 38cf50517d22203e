import { lazy } from 'react';
import { type Dataplane, dataplaneLabel, flannelBackend } from '../../engine/index.ts';
import { dataplane as en } from '../../i18n/en/dataplane.ts';
import {
  type ExplorerState,
  selectWhatIfSettings,
  useExplorer,
  useExplorerStore,
} from '../../store/index.ts';
import { useEngineText } from '../i18n/useEngineText.ts';
import { useMessages } from '../i18n/useMessages.ts';
import { LazyPart } from '../LazyPart.tsx';
import { FOCUS_RING, MUTED, PANEL } from '../styles.ts';

// The comparison traces: it loads with the packet engine, when a comparison is asked for.
const CompareTable = lazy(() => import('./CompareTable.tsx').then((m) => ({ default: m.CompareTable })));

const selectCompare = (s: ExplorerState) => s.compare;
const selectShown = (s: ExplorerState): Dataplane => flannelBackend(s.scenario) ?? 'alloc';

/** Switches the cluster to `dataplane` in place (`&cni=`): the step, the selection and the walk stay. */
export function useShowDataplane(): (dataplane: Dataplane) => void {
  const store = useExplorerStore();
  return (dataplane) => {
    const { whatIf } = store.getState();
    const settings = selectWhatIfSettings(store.getState());
    const base = flannelBackend(whatIf?.base ?? store.getState().scenario) ?? 'alloc';
    const { cni: _, ...rest } = settings;
    store.getState().setWhatIf(dataplane === base ? rest : { ...rest, cni: dataplane });
  };
}

/**
 * A comparison asked for (`&compare=A,B`), shown first: beside the diagram from 1280 px (above
 * the narration), under it on a narrower window, above it in an embed. The table's column
 * buttons switch the diagram between the two; Close ends the comparison.
 */
export function CompareCard({ embed = false }: { embed?: boolean }) {
  const store = useExplorerStore();
  const compare = useExplorer(selectCompare);
  const shown = useExplorer(selectShown);
  const show = useShowDataplane();
  const { m, f } = useMessages('dataplane', en);
  const say = useEngineText();
  if (!compare) return null;
  const [a = 'alloc', b = 'alloc'] = compare;
  return (
    <section
      aria-labelledby="compare-title"
      data-compare-panel
      className={`${PANEL} flex shrink-0 flex-col gap-1 px-3 py-2 ${embed ? 'min-h-0 overflow-y-auto' : ''}`}
    >
      <div className="flex items-start gap-2">
        <div className="min-w-0 flex-1">
          <h2 id="compare-title" className="text-sm leading-snug font-semibold">
            {f(m.compared, { a, b })}
          </h2>
          <p className={`text-xs ${MUTED}`}>
            {f(m.differences, { a: say(dataplaneLabel(a)), b: say(dataplaneLabel(b)) })}
            <strong className="font-semibold">{shown}</strong>
            {m.switches}
          </p>
        </div>
        <button
          type="button"
          onClick={() => store.getState().setCompare(null)}
          className={`shrink-0 rounded-md border border-slate-300 px-2 py-0.5 text-xs hover:bg-slate-100 dark:border-slate-600 dark:hover:bg-slate-800 ${FOCUS_RING}`}
        >
          {m.close}
          <span className="sr-only">{m.closeWhat}</span>
        </button>
      </div>
      <LazyPart part="comparison">
        <CompareTable dataplanes={compare} onShow={show} shown={shown} />
      </LazyPart>
    </section>
  );
}
