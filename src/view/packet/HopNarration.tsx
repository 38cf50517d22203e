import { useMemo } from 'react';
import { packet } from '../../i18n/en/packet.ts';
import {
  hopOwnerId,
  hopWithheld,
  selectCurrentHop,
  selectWalkHops,
  useExplorer,
  useExplorerStore,
} from '../../store/index.ts';
import { NarrationTerms } from '../glossary/NarrationTerms.tsx';
import { useEngineText } from '../i18n/useEngineText.ts';
import { useMessages } from '../i18n/useMessages.ts';
import { NarrationBox } from '../NarrationBox.tsx';
import { KeptBackNarration } from '../NarrationNotes.tsx';
import { FOCUS_RING, MUTED } from '../styles.ts';
import { OperatorView } from '../whatif/OperatorView.tsx';
import { evidencePlace } from './evidence-target.ts';
import { HeaderDiff } from './HeaderDiff.tsx';
import { actionLabel, headerChangeText, headerRows, placeText } from './hop-text.ts';

/**
 * The current hop in words (a polite live region): where, what, why, the line that decided it,
 * and what changed in the headers; a drop gives the engine's reason and what an operator sees.
 */
export function HopNarration() {
  const store = useExplorerStore();
  const entry = useExplorer(selectCurrentHop);
  const total = useExplorer(selectWalkHops).length;
  const { m, f } = useMessages('packet', packet);
  const say = useEngineText();
  const rows = useMemo(() => (entry ? headerRows(entry.hop, m) : []), [entry, m]);
  const kept = useExplorer((s) => hopWithheld(s.withheld, s.hop));
  if (!entry) return null;
  const { hop, number, direction } = entry;
  const hopOf = f(m.hopOf, { number, total });
  if (kept) return <KeptBackNarration what={hopOf} />;
  const evidence = hop.evidence ? evidencePlace(hop.evidence) : null;
  const owner = hopOwnerId(hop);
  const dropped = hop.action === 'drop';
  const explanation = say(hop.explanationText);
  return (
    <NarrationBox
      className={`flex flex-col gap-3 lg:flex-row xl:flex-col ${dropped ? 'border-l-4 border-l-red-600 dark:border-l-red-500' : ''}`}
    >
      <div className="min-w-0 flex-1">
        {owner && evidence && (
          <button
            type="button"
            onClick={() => store.getState().showElement(owner)}
            className={`float-right mb-2 ml-4 rounded-lg border @max-sm:float-none @max-sm:ml-0 border-slate-300 px-3 py-1.5 text-sm font-medium hover:bg-slate-100 dark:border-slate-600 dark:hover:bg-slate-800 ${FOCUS_RING}`}
          >
            {m.showEvidence}
          </button>
        )}
        <div role="status" aria-live="polite" aria-atomic="true">
          <p className={`text-xs font-medium tracking-wide uppercase ${MUTED}`}>
            {hopOf} · {m[direction]} · {actionLabel(hop.action, m)}
          </p>
          <h2
            className={`mt-1 text-lg leading-snug font-semibold break-words ${dropped ? 'text-red-700 dark:text-red-400' : ''}`}
          >
            {dropped && <span className="sr-only">{m.dropped}</span>}
            {placeText(hop, m)}
          </h2>
          <p className="mt-1.5 leading-relaxed">{explanation}</p>
          {evidence && (
            <p className="mt-2 text-sm">
              <span className={MUTED}>{f(m.matchedIn, { label: evidence.label })}</span>
              <code className="rounded bg-lime-100 px-1.5 py-0.5 font-mono text-[0.8rem] break-words text-lime-950 dark:bg-lime-500/25 dark:text-lime-50">
                {evidence.line}
              </code>
            </p>
          )}
          {entry.reason !== undefined && (
            <p className="mt-2 rounded-md border border-red-200 bg-red-50 px-3 py-2 text-sm break-words text-red-800 dark:border-red-900 dark:bg-red-950/60 dark:text-red-200">
              <span className="font-semibold">{m.dropped}</span>
              {say(entry.reason)}
            </p>
          )}
          <p className="mt-2 text-sm">
            <span className={MUTED}>{m.headers}</span>
            {headerChangeText(rows, m)}
          </p>
        </div>
        <NarrationTerms text={`${placeText(hop, m)} ${explanation}`} />
        {dropped && (
          <div className="mt-3">
            <OperatorView />
          </div>
        )}
      </div>
      <div className="shrink-0 lg:w-[25rem]">
        <HeaderDiff rows={rows} hop={number} />
      </div>
    </NarrationBox>
  );
}
