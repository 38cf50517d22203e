import { useMemo } from 'react';
import {
  type HopDirection,
  selectHopIndex,
  selectWalkActive,
  selectWalkHops,
  useExplorer,
  useExplorerStore,
} from '../../store/index.ts';
import { HopItem } from './HopItem.tsx';

const HEADINGS: Readonly<Record<HopDirection, string>> = { request: 'Request', reply: 'Reply' };

/** The walk's hops, the request's then the reply's; the current one has aria-current="step". */
export function HopList() {
  const store = useExplorerStore();
  const hops = useExplorer(selectWalkHops);
  const active = useExplorer(selectWalkActive);
  const current = useExplorer(selectHopIndex);
  const groups = useMemo(
    () =>
      (['request', 'reply'] as const)
        .map((direction) => ({ direction, hops: hops.filter((h) => h.direction === direction) }))
        .filter((g) => g.hops.length > 0),
    [hops],
  );
  if (!active) return null;
  const onGo = store.getState().goToHop;
  return (
    <ol aria-label="Packet hops" className="flex flex-col gap-3">
      {groups.map((group) => (
        <li key={group.direction}>
          <h3 className="px-2 py-1 text-xs font-semibold tracking-wide text-slate-600 uppercase dark:text-slate-400">
            {HEADINGS[group.direction]}
            <span className="ml-1 font-normal normal-case">
              ({group.hops.length} hop{group.hops.length === 1 ? '' : 's'})
            </span>
          </h3>
          <ol className="flex flex-col gap-0.5">
            {group.hops.map((h) => (
              <HopItem key={h.number} entry={h} current={h.number === current} onGo={onGo} />
            ))}
          </ol>
        </li>
      ))}
    </ol>
  );
}
