import { useMemo } from 'react';
import { packet } from '../../i18n/en/packet.ts';
import {
  selectHopIndex,
  selectWalkActive,
  selectWalkHops,
  useExplorer,
  useExplorerStore,
  type WalkHop,
} from '../../store/index.ts';
import { useEngineText } from '../i18n/useEngineText.ts';
import { useMessages } from '../i18n/useMessages.ts';
import { FAILED_TEXT } from '../styles.ts';
import { type TimelineGroup, TimelineList } from '../timeline/TimelineList.tsx';
import { actionLabel, placeText, serviceRuleOf } from './hop-text.ts';

/** A hop's place and action, and the engine's sentence (whole when current). */
function HopText({ item: entry, current }: { readonly item: WalkHop; readonly current: boolean }) {
  const { hop } = entry;
  const { m } = useMessages('packet', packet);
  const say = useEngineText();
  const dropped = hop.action === 'drop';
  const rule = serviceRuleOf(hop);
  return (
    <>
      <span className={`block font-medium break-words ${dropped ? FAILED_TEXT : ''}`}>
        {dropped && (
          <span
            aria-hidden="true"
            className="mr-1.5 inline-block size-2 rounded-full bg-red-600 align-middle"
          />
        )}
        {placeText(hop, m)}
      </span>
      <span
        className={`block text-xs font-semibold ${dropped ? FAILED_TEXT : 'text-slate-700 dark:text-slate-300'}`}
      >
        {actionLabel(hop.action, m)}
      </span>
      <span className={`text-xs text-slate-600 dark:text-slate-400 ${current ? 'block' : 'line-clamp-2'}`}>
        {say(hop.explanationText)}
      </span>
      {rule && (
        <code className="mt-1 block font-mono text-xs break-all text-slate-800 dark:text-slate-200">
          {rule}
        </code>
      )}
      {entry.reason !== undefined && (
        <span className={`mt-1 block text-xs ${FAILED_TEXT}`}>{say(entry.reason)}</span>
      )}
    </>
  );
}

const hopNumber = (entry: WalkHop) => entry.number;

/** The walk's hops, the request's then the reply's; the current one has aria-current="step". */
export function HopList() {
  const store = useExplorerStore();
  const hops = useExplorer(selectWalkHops);
  const active = useExplorer(selectWalkActive);
  const current = useExplorer(selectHopIndex);
  const keptFrom = useExplorer((s) => s.withheld?.hopsFrom ?? null);
  const { m, f } = useMessages('packet', packet);
  const groups = useMemo<TimelineGroup<WalkHop>[]>(
    () =>
      (['request', 'reply'] as const)
        .map((direction) => ({ direction, items: hops.filter((h) => h.direction === direction) }))
        .filter((g) => g.items.length > 0)
        .map(({ direction, items }) => ({
          key: direction,
          title: m[direction],
          count: f(m.hopCount, { count: items.length }),
          items,
        })),
    [hops, m, f],
  );
  if (!active) return null;
  return (
    <TimelineList
      label={m.packetHops}
      kind="hop"
      groups={groups}
      current={current}
      numberOf={hopNumber}
      onGo={store.getState().goToHop}
      Content={HopText}
      keptFrom={keptFrom}
    />
  );
}
