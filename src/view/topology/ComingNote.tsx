import { legend } from '../../i18n/en/legend.ts';
import { selectScenario, selectTotal, useExplorer } from '../../store/index.ts';
import { type Messages, useMessages } from '../i18n/useMessages.ts';

/** Up to this many names are listed; more are counted. */
const NAMED = 3;

/** "3 ECS nodes (node-a, node-b, node-c)": the count in words, and the first names. */
function named({ m, f }: Messages<'legend'>, noun: 'nodes' | 'pods', names: readonly string[]): string {
  const count = f(m[noun], { count: names.length });
  if (names.length === 0) return count;
  const list = names.slice(0, NAMED).join(', ');
  return f(m.named, { count, names: names.length > NAMED ? `${list}, …` : list });
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
  const messages = useMessages('legend', legend);
  const { m, f } = messages;
  return (
    <div className="pointer-events-none absolute inset-x-3 top-1/2 mx-auto max-w-md -translate-y-1/2 rounded-lg border border-slate-200 bg-white/95 px-3 py-2 text-center text-sm leading-snug shadow-sm dark:border-slate-700 dark:bg-slate-900/95">
      <p className="font-semibold">{m.nothingYet}</p>
      <p className="mt-1">
        {f(m.coming, {
          total,
          cidr: scenario.vpc.cidr,
          nodes: named(messages, 'nodes', nodes),
          pods: named(messages, 'pods', pods),
        })}
      </p>
      <p className="mt-1 text-slate-600 dark:text-slate-400">{m.press}</p>
    </div>
  );
}
