import type { Scenario } from '../../engine/index.ts';
import { diagramNotes } from '../../i18n/en/diagramNotes.ts';
import { useMessages } from '../i18n/useMessages.ts';

const NOTE =
  'pointer-events-none absolute bottom-1 left-1 max-w-[90%] rounded bg-white/90 px-2 py-1 text-xs text-slate-800 dark:bg-slate-900/90 dark:text-slate-200';

/**
 * What the diagram says when it does not draw everything (mounted only then): a summary's tiles in place of the
 * detail (layout/summary.ts), elements too small or off screen left out (drawn.ts).
 */
export default function DiagramNotes(props: {
  readonly scenario: Scenario;
  readonly summary: boolean;
  readonly left: number;
  readonly all: number;
}) {
  const { m, f, lang } = useMessages('diagramNotes', diagramNotes);
  const { scenario, summary, left, all } = props;
  const n = (count: number) => count.toLocaleString(lang === 'zh' ? 'zh-CN' : 'en-US');
  return (
    <p role="status" className={NOTE}>
      {summary && f(m.summary, { nodes: n(scenario.nodes.length), pods: n(scenario.pods.length) })}
      {summary && left > 0 && ' '}
      {left > 0 && f(m.leftOut, { left: n(left), all: n(all) })}
    </p>
  );
}
