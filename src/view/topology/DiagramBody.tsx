import { memo, type ReactNode } from 'react';
import { parsePlace } from '../../engine/index.ts';
import type { TopologyLayout } from '../../layout/index.ts';
import { Briefs } from './Briefs.tsx';
import { DiagramElement } from './DiagramElement.tsx';
import { BackFill } from './ElementShape.tsx';
import { LinkPath } from './LinkPath.tsx';
import { enteringLines } from './motion.ts';
import { RouteRows } from './RouteRows.tsx';

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

/**
 * The diagram's layers: holder fills, links, elements (with the vRouter's routes) and, in the
 * overview, the briefs. Memoised on what changes with a step, the selection or the zoom, not on
 * the step's animation progress: a frame re-renders only the parts that enter (step-progress.ts).
 */
export const DiagramBody = memo(function DiagramBody(props: DiagramBodyProps) {
  const { layout, entering, touched, selectedId, overview, onSelect } = props;
  const routeEntering = [...entering].find((id) => parsePlace(id)?.kind === 'route') ?? '';
  const routeLit = layout.routes.rows.map((r) => (touched.has(r.id) ? `${r.id}\n` : '')).join('');
  const children: ReactNode[] = [];
  for (const element of layout.elements) {
    children.push(
      <DiagramElement
        key={element.id}
        element={element}
        selected={element.id === selectedId}
        highlighted={touched.has(element.id)}
        entering={entering.has(element.id)}
        enteringLines={enteringLines(entering, element.lines)}
        overview={overview > 0}
        onSelect={onSelect}
      />,
    );
    if (element.kind === 'vpc-router' && overview === 0) {
      children.push(
        <RouteRows
          key={`${element.id}#routes`}
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
        {layout.links.map((link) => (
          <LinkPath
            key={link.id}
            link={link}
            entering={entering.has(link.from) || entering.has(link.to)}
            highlighted={touched.has(link.from)}
          />
        ))}
      </g>
      {children}
      {overview > 0 && <Briefs elements={layout.elements} textScale={overview} entering={entering} />}
    </>
  );
});
