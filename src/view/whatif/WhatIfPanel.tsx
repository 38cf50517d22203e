import { loading, message } from '../../engine/index.ts';
import { whatif } from '../../i18n/en/whatif.ts';
import { selectWhatIfError, selectWhatIfSettings, useExplorer, useExplorerStore } from '../../store/index.ts';
import { isEmptyWhatIf } from '../../store/what-if-scenario.ts';
import { useEngineText } from '../i18n/useEngineText.ts';
import { useMessages } from '../i18n/useMessages.ts';
import { FOCUS_RING, MUTED, NAV_HEADING } from '../styles.ts';
import { CapacityControls } from './CapacityControls.tsx';
import { FaultToggles } from './FaultToggles.tsx';
import { OperatorView } from './OperatorView.tsx';
import { ServiceWhatIf } from './ServiceWhatIf.tsx';

/**
 * What-if: break the finished cluster (DESIGN.md §3.1 faults per node, a smaller route quota or
 * cluster CIDR). The engine rebuilds the construction; the step list and the packet walk follow.
 */
export function WhatIfPanel() {
  const store = useExplorerStore();
  const error = useExplorer(selectWhatIfError);
  const settings = useExplorer(selectWhatIfSettings);
  const say = useEngineText();
  const { m } = useMessages('whatif', whatif);
  return (
    <section aria-labelledby="what-if-title" className="flex flex-col gap-3 p-2 pt-0">
      <h2 id="what-if-title" tabIndex={-1} className={`${NAV_HEADING} outline-none`}>
        {m.title}
      </h2>
      <div className="flex flex-col gap-3 px-2">
        <p className={`text-xs ${MUTED}`}>{m.intro}</p>
        <FaultToggles />
        <CapacityControls />
        <ServiceWhatIf />
        {error && (
          <p
            role="alert"
            className="rounded-md border border-red-200 bg-red-50 px-2 py-1.5 text-sm break-words text-red-800 dark:border-red-900 dark:bg-red-950/60 dark:text-red-200"
          >
            {say(message(loading, 'notApplied', { reasons: error }))}
          </p>
        )}
        {!isEmptyWhatIf(settings) && (
          <button
            type="button"
            onClick={() => store.getState().setWhatIf({})}
            className={`self-start rounded-lg border border-slate-300 px-3 py-1 text-sm font-medium hover:bg-slate-100 dark:border-slate-600 dark:hover:bg-slate-800 ${FOCUS_RING}`}
          >
            {m.undo}
          </button>
        )}
        <OperatorView />
      </div>
    </section>
  );
}
