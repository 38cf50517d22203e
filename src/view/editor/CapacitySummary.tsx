import { useMemo } from 'react';
import {
  type CapacitySummary as Capacity,
  capacity,
  nodeCountText,
  type Scenario,
} from '../../engine/index.ts';
import { editor } from '../../i18n/en/editor.ts';
import { useMessages } from '../i18n/useMessages.ts';

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

function rows(c: Capacity, m: typeof editor): [string, string][] {
  return [
    [
      m.nodeCidrs,
      `${plural(c.allocatableBlocks, 'node CIDR')} available: ${c.podCidr} in /${c.nodeCidrMaskSize} blocks is ${c.nodeCidrBlocks}${
        c.serviceOverlapBlocks ? `, ${c.serviceOverlapBlocks} taken by the service CIDR ${c.serviceCidr}` : ''
      }`,
    ],
    [
      m.podsPerNode,
      `${c.usablePodIpsPerNode} usable pod IPs per node; ${c.effectivePodsPerNode} pods with kubelet's maxPods of ${c.maxPodsPerNode}`,
    ],
    [
      m.routeQuota,
      `${c.routeQuota} entries, ${plural(c.otherCustomRoutes, 'other custom route')}: ${plural(c.nodeRoutesAvailable, 'node route')} left`,
    ],
    [
      m.nodeLimit,
      `${c.nodeLimit}, bound by ${c.limitedBy === 'route-quota' ? 'the route quota' : 'the cluster CIDR'}. ${c.limitReason}`,
    ],
  ];
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
  const { m } = useMessages('editor', editor);
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
        {rows(c, m).map(([term, value]) => (
          <div key={term} className="contents">
            <dt className="font-medium text-slate-600 dark:text-slate-400">{term}</dt>
            <dd>{value}</dd>
          </div>
        ))}
        <div className="contents">
          <dt className="font-medium text-slate-600 dark:text-slate-400">{m.nodes}</dt>
          <dd className={c.exceedsLimit ? 'font-medium text-red-700 dark:text-red-400' : ''}>
            {nodeCountText(c)}
          </dd>
        </div>
      </dl>
    </section>
  );
}
