import { lazy, memo, type ReactNode, Suspense } from 'react';
import { parsePlace } from '../../engine/index.ts';
import {
  ROUTER_ID,
  type TopologyElement,
  type TopologyLayout,
  type TopologyLink,
} from '../../layout/index.ts';
import { ElementRun, LinkRun } from './DiagramRuns.tsx';
import { BackFill } from './ElementShape.tsx';
import { enteringLines } from './motion.ts';
import { RouteRows } from './RouteRows.tsx';
import { elementRuns, linkRuns } from './runs.ts';

interface DiagramBodyProps {
  readonly layout: TopologyLayout;
  /** Ids (and line keys) entering with the current step. */
  readonly entering: ReadonlySet<string>;
  /** Ids the step (or the hop) touched: highlighted. */
  readonly touched: ReadonlySet<string>;
  readonly selectedId: string | null;
  /** The overview's text scale; 0 when the detail is drawn. */
  readonly overview: number;
  readonly onSelect: (id: string) => void;
}

/** The overview's text loads with the first overview (a large diagram, or zoomed out). */
const Briefs = lazy(() => import('./Briefs.tsx').then((m) => ({ default: m.Briefs })));

/**
 * The diagram's layers: holder fills, links, elements (with the vRouter's routes) and, in the
 * overview, the briefs. Memoised on what changes with a step, the selection or the zoom, not on
 * the step's animation progress: a frame re-renders only the parts that enter (step-progress.ts).
 */
export const DiagramBody = memo(function DiagramBody(props: DiagramBodyProps) {
  const { layout, entering, touched, selectedId, overview, onSelect } = props;
  const routeEntering = [...entering].find((id) => parsePlace(id)?.kind === 'route') ?? '';
  const routeLit = layout.routes.rows.map((r) => (touched.has(r.id) ? `${r.id}\n` : '')).join('');
  // A run's share of the step: its highlighted ids, its entering ones and their entering lines.
  const elementState = (items: readonly TopologyElement[]) => {
    let state = '';
    for (const e of items) {
      if (touched.has(e.id)) state += `${e.id}\n`;
      if (entering.size > 0)
        state += `${entering.has(e.id) ? `+${e.id}\n` : ''}${enteringLines(entering, e.lines)}`;
    }
    return state;
  };
  const linkState = (items: readonly TopologyLink[]) => {
    let state = '';
    for (const l of items)
      state += `${touched.has(l.from) ? 1 : 0}${entering.has(l.from) || entering.has(l.to) ? 1 : 0}`;
    return state;
  };
  const children: ReactNode[] = [];
  for (const run of elementRuns(layout.elements, ROUTER_ID)) {
    const last = run.items.at(-1);
    children.push(
      <ElementRun
        key={run.key}
        items={run.items}
        state={elementState(run.items)}
        touched={touched}
        entering={entering}
        selectedId={selectedId !== null && run.items.some((e) => e.id === selectedId) ? selectedId : null}
        overview={overview > 0}
        onSelect={onSelect}
      />,
    );
    if (last?.kind === 'vpc-router' && overview === 0) {
      children.push(
        <RouteRows
          key={`${last.id}#routes`}
          routes={layout.routes}
          entering={routeEntering}
          highlighted={routeLit}
        />,
      );
    }
  }
  return (
    <>
      <g>
        {layout.elements
          .filter((e) => e.layer === 'back')
          .map((e) => (
            <BackFill key={e.id} element={e} entering={entering.has(e.id)} />
          ))}
      </g>
      <g>
        {linkRuns(layout.links).map((run) => (
          <LinkRun
            key={run.key}
            items={run.items}
            state={linkState(run.items)}
            touched={touched}
            entering={entering}
          />
        ))}
      </g>
      {children}
      {overview > 0 && (
        <Suspense fallback={null}>
          <Briefs elements={layout.elements} textScale={overview} entering={entering} />
        </Suspense>
      )}
    </>
  );
});
