import { useMemo } from 'react';
import {
  type CapacitySummary as Capacity,
  capacity,
  nodeCountMessage,
  type Scenario,
} from '../../engine/index.ts';
import { editor } from '../../i18n/en/editor.ts';
import { useEngineText } from '../i18n/useEngineText.ts';
import { type Messages, useMessages } from '../i18n/useMessages.ts';

function rows(c: Capacity, { m, f }: Messages<'editor'>, say: (text: Capacity['limitReasonText']) => string) {
  const blocks = {
    count: c.allocatableBlocks,
    podCidr: c.podCidr,
    mask: c.nodeCidrMaskSize,
    total: c.nodeCidrBlocks,
  };
  const limit = { limit: c.nodeLimit, reason: say(c.limitReasonText) };
  return [
    [
      m.nodeCidrs,
      c.serviceOverlapBlocks
        ? f(m.capBlocksTaken, { ...blocks, taken: c.serviceOverlapBlocks, serviceCidr: c.serviceCidr })
        : f(m.capBlocks, blocks),
    ],
    [
      m.podsPerNode,
      f(m.capPods, { usable: c.usablePodIpsPerNode, pods: c.effectivePodsPerNode, max: c.maxPodsPerNode }),
    ],
    [
      m.routeQuota,
      f(m.capRoutes, { quota: c.routeQuota, others: c.otherCustomRoutes, left: c.nodeRoutesAvailable }),
    ],
    [m.nodeLimit, f(c.limitedBy === 'route-quota' ? m.capLimitQuota : m.capLimitCidr, limit)],
  ] as const;
}

/**
 * How far the cluster can grow (engine capacity()): node CIDRs, pod IPs per node, the route
 * quota, and which of them binds and why. `stale` says it is the last valid scenario's.
 */
export function CapacitySummary({
  scenario,
  stale,
}: {
  readonly scenario: Scenario;
  readonly stale: boolean;
}) {
  const c = useMemo(() => capacity(scenario), [scenario]);
  const messages = useMessages('editor', editor);
  const { m } = messages;
  const say = useEngineText();
  return (
    <section
      aria-label={m.capacity}
      className="rounded-lg border border-sky-200 bg-sky-50/60 p-3 dark:border-sky-900 dark:bg-sky-950/40"
    >
      <h3 className="text-sm font-semibold">
        {m.capacity}
        {stale && <span className="font-normal text-slate-600 dark:text-slate-400"> {m.capacityStale}</span>}
      </h3>
      <dl className="mt-1.5 grid grid-cols-[auto_1fr] gap-x-3 gap-y-1 text-sm">
        {rows(c, messages, say).map(([term, value]) => (
          <div key={term} className="contents">
            <dt className="font-medium text-slate-600 dark:text-slate-400">{term}</dt>
            <dd>{value}</dd>
          </div>
        ))}
        <div className="contents">
          <dt className="font-medium text-slate-600 dark:text-slate-400">{m.nodes}</dt>
          <dd className={c.exceedsLimit ? 'font-medium text-red-700 dark:text-red-400' : ''}>
            {say(nodeCountMessage(c))}
          </dd>
        </div>
      </dl>
    </section>
  );
}
