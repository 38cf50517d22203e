import { type ReactNode, useCallback, useEffect, useMemo, useRef } from 'react';
import { parsePlace, type Step, type WorldState } from '../../engine/index.ts';
import {
  enteringIds,
  focusBox,
  layoutTopology,
  packetAnchor,
  type TopologyLayout,
  touchedIds,
} from '../../layout/index.ts';
import { Briefs } from './Briefs.tsx';
import { DiagramElement } from './DiagramElement.tsx';
import { BackFill } from './ElementShape.tsx';
import { Legend } from './Legend.tsx';
import { LinkPath } from './LinkPath.tsx';
import { appearance, eased, enteringLines } from './motion.ts';
import { focusZoom, inView, overviewTextScale, panTo } from './overview.ts';
import { between, PacketDot, type PacketMarker } from './PacketDot.tsx';
import { quietCauses } from './quiet-causes.ts';
import { RouteRows } from './RouteRows.tsx';
import { StrokeScale } from './stroke-scale.ts';
import { useContainerSize } from './useContainerSize.ts';
import { useZoom, type ZoomKind } from './useZoom.ts';
import { ZoomControls } from './ZoomControls.tsx';

export interface TopologyProps {
  /** The world after the current step. */
  readonly world: WorldState;
  /** The current step (undefined at step 0, before anything is built). */
  readonly step: Step | undefined;
  readonly selectedId: string | null;
  readonly onSelect: (id: string) => void;
  /** The current step's animation progress in [0, 1], from the app's one clock (1 = settled). */
  readonly progress: number;
  /** Ids to highlight; by default what the step touched (touchedIds). */
  readonly highlightIds?: readonly string[];
  readonly packet?: PacketMarker;
  /**
   * A zoom request from outside (the store's view slice); `seq` changes for each request. `focus`
   * brings the selected element into view.
   */
  readonly zoomRequest?: { readonly kind: ZoomKind | 'focus'; readonly seq: number } | null;
  readonly className?: string;
  /** While a lesson question waits: no badges that name a node's causes (quiet-causes.ts). */
  readonly quietCauses?: boolean;
}

const NONE: ReadonlySet<string> = new Set();

function packetPoint(layout: TopologyLayout, packet: PacketMarker | undefined) {
  if (!packet) return undefined;
  const from = packetAnchor(layout, packet.from.at, packet.from.device);
  if (!from) return undefined;
  const to = packet.to && packetAnchor(layout, packet.to.at, packet.to.device);
  return between(from, to, packet.t ?? 0);
}

/**
 * The pod network as SVG: React renders every element from the layout; D3 only zooms. Elements
 * the current step created animate in with `progress`.
 */
export function Topology(props: TopologyProps) {
  const { world, step, selectedId, progress, highlightIds, packet, zoomRequest, className } = props;
  const quiet = props.quietCauses ?? false;
  const boxRef = useRef<HTMLDivElement>(null);
  const svgRef = useRef<SVGSVGElement>(null);
  const size = useContainerSize(boxRef);
  const layout = useMemo(() => {
    const drawn = layoutTopology(world, size ?? {});
    return quiet ? quietCauses(drawn) : drawn;
  }, [world, size, quiet]);
  const entering = useMemo(() => (step ? enteringIds(step, world) : NONE), [step, world]);
  const touched = useMemo(
    () => new Set(highlightIds ?? (step ? touchedIds(step, world) : [])),
    [highlightIds, step, world],
  );
  // The latest onSelect behind a stable callback, so an inline handler does not re-render
  // every memoized element on every frame.
  const onSelectRef = useRef(props.onSelect);
  useEffect(() => {
    onSelectRef.current = props.onSelect;
  });
  const select = useCallback((id: string) => onSelectRef.current(id), []);
  const { transform, view, zoomTo, focusOn } = useZoom(svgRef);
  // Screen pixels per diagram unit: the viewBox fit (meet) times the zoom. Too few for the
  // detail's text, and the diagram shows its overview instead.
  const fit = size ? Math.min(size.width / layout.width, size.height / layout.height) : 1;
  const overview = overviewTextScale(fit * view.k);
  useEffect(() => {
    if (layout.width > 0 && layout.height > 0) zoomTo('fit');
  }, [layout.width, layout.height, zoomTo]);
  // A newly selected element (clicked, a packet hop's owner, shown by the narration or a lesson),
  // or one asked for again, is brought into view: in the overview close enough to read, with its
  // node around it; zoomed in, panned to when it is off screen. "Fit to view" goes back.
  const bringIntoView = (id: string | null) => {
    const box = id ? focusBox(layout, id) : undefined;
    if (!box) return;
    const { width, height } = layout;
    if (overview > 0) focusOn(focusZoom(box, width, height, fit), width, height);
    else if (!inView(box, view, width, height)) focusOn(panTo(box, view.k), width, height);
  };
  const shown = useRef(selectedId);
  // biome-ignore lint/correctness/useExhaustiveDependencies: acts when the selection changes, on the layout and zoom of that moment
  useEffect(() => {
    if (shown.current === selectedId) return;
    shown.current = selectedId;
    bringIntoView(selectedId);
  }, [selectedId]);
  const request = zoomRequest ?? null;
  // biome-ignore lint/correctness/useExhaustiveDependencies: a request is acted on once, when its seq changes
  useEffect(() => {
    if (request?.kind === 'focus') bringIntoView(selectedId);
    else if (request) zoomTo(request.kind);
  }, [request?.seq]);

  const t = eased(progress);
  const routeEntering = [...entering].find((id) => parsePlace(id)?.kind === 'route') ?? '';
  const routeLit = layout.routes.rows.map((r) => (touched.has(r.id) ? `${r.id}\n` : '')).join('');
  const dot = packetPoint(layout, packet);
  const children: ReactNode[] = [];
  for (const element of layout.elements) {
    const lines = enteringLines(entering, element.lines);
    children.push(
      <DiagramElement
        key={element.id}
        element={element}
        selected={element.id === selectedId}
        highlighted={touched.has(element.id)}
        appear={appearance(entering, element.id, t)}
        enteringLines={lines}
        lineAppear={lines ? t : 1}
        overview={overview > 0}
        onSelect={select}
      />,
    );
    if (element.kind === 'vpc-router' && overview === 0) {
      children.push(
        <RouteRows
          key={`${element.id}#routes`}
          routes={layout.routes}
          entering={routeEntering}
          appear={routeEntering ? t : 1}
          highlighted={routeLit}
        />,
      );
    }
  }
  return (
    <div
      ref={boxRef}
      className={`relative h-full w-full overflow-hidden [contain:strict] ${className ?? ''}`}
    >
      <svg
        ref={svgRef}
        aria-label="Network topology"
        viewBox={`0 0 ${layout.width} ${layout.height}`}
        preserveAspectRatio="xMidYMid meet"
        className="block h-full w-full touch-none select-none"
      >
        <StrokeScale value={Math.max(1, overview)}>
          <g transform={transform}>
            <g>
              {layout.elements
                .filter((e) => e.layer === 'back')
                .map((e) => (
                  <BackFill key={e.id} element={e} opacity={appearance(entering, e.id, t)} />
                ))}
            </g>
            <g>
              {layout.links.map((link) => (
                <LinkPath
                  key={link.id}
                  link={link}
                  draw={entering.has(link.from) || entering.has(link.to) ? t : 1}
                  highlighted={touched.has(link.from)}
                />
              ))}
            </g>
            {children}
            {overview > 0 && (
              <Briefs
                elements={layout.elements}
                textScale={overview}
                appear={(id) => appearance(entering, id, t)}
              />
            )}
            {dot && (
              <PacketDot
                at={dot}
                dropped={packet?.dropped}
                label={packet?.label}
                maxX={layout.width}
                scale={Math.max(1, overview)}
              />
            )}
          </g>
        </StrokeScale>
      </svg>
      <Legend />
      <ZoomControls onZoom={zoomTo} />
    </div>
  );
}
