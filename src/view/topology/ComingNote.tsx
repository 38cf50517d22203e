import { selectScenario, selectTotal, useExplorer } from '../../store/index.ts';

/** Up to this many names are listed; more are counted. */
const NAMED = 3;

function named(count: number, noun: string, names: readonly string[]): string {
  const list = names.slice(0, NAMED).join(', ');
  const rest = names.length > NAMED ? ', …' : '';
  return `${count} ${noun}${count === 1 ? '' : 's'}${count > 0 ? ` (${list}${rest})` : ''}`;
}

/**
 * At step 0 the diagram is empty: a note over its middle says what the steps will build, from the
 * scenario, instead of an empty picture.
 */
export function ComingNote() {
  const scenario = useExplorer(selectScenario);
  const total = useExplorer(selectTotal);
  const nodes = scenario.nodes.map((n) => n.name);
  const pods = scenario.pods.map((p) => p.name);
  return (
    <div className="pointer-events-none absolute inset-x-3 top-1/2 mx-auto max-w-md -translate-y-1/2 rounded-lg border border-slate-200 bg-white/95 px-3 py-2 text-center text-sm leading-snug shadow-sm dark:border-slate-700 dark:bg-slate-900/95">
      <p className="font-semibold">Nothing is built yet</p>
      <p className="mt-1">
        {`${total} steps build the VPC ${scenario.vpc.cidr} with its vRouter, ${named(nodes.length, 'ECS node', nodes)} with their pod CIDRs, and ${named(pods.length, 'pod', pods)}; then packets can be sent.`}
      </p>
      <p className="mt-1 text-slate-600 dark:text-slate-400">Press Play, or → for one step.</p>
    </div>
  );
}
