import {
  lazy,
  type ReactNode,
  Suspense,
  useCallback,
  useEffect,
  useLayoutEffect,
  useMemo,
  useRef,
  useState,
} from 'react';
import type { Step, WorldState } from '../../engine/index.ts';
import { zhCatalog } from '../../i18n/catalog.ts';
import { diagram } from '../../i18n/en/diagram.ts';
import { BRIEF_FONT, enteringIds, focusBox, type TopologyLayout, touchedIds } from '../../layout/index.ts';
import { useMessages } from '../i18n/useMessages.ts';
import { chooseLayout } from './compact.ts';
import { DiagramBody } from './DiagramBody.tsx';
import { asDrawn, DiagramWords, ElementNames } from './diagram-words.ts';
import { drawnPart, screenRegion, seenRegion } from './drawn.ts';
import { Legend } from './Legend.tsx';
import { eased } from './motion.ts';
import {
  actionBox,
  BRIEF_PX,
  FOCUS_SCALE,
  focusZoom,
  followZoom,
  inView,
  overviewTextScale,
  panTo,
} from './overview.ts';
import type { PacketMarker } from './packet-marker.ts';
import { quietCauses } from './quiet-causes.ts';
import { createStepProgress, notifyStepProgress, StepProgress } from './step-progress.ts';
import { StrokeScale } from './stroke-scale.ts';
import { measurable, useContainerSize } from './useContainerSize.ts';
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
  /** Controls shown in the diagram's bar, before the legend and zoom (playback, links). */
  readonly bar?: ReactNode;
  /** Controls shown beside the legend and zoom (follow the action). */
  readonly tools?: ReactNode;
  /**
   * Follow the action: screen pixels per diagram unit at which what the step changed, or what
   * the packet visits, is brought into view at each step and hop. Undefined: the view stays put.
   */
  readonly follow?: number;
  /** Follow from the first draw too (presentation mode), not only from the next step or hop. */
  readonly followFromStart?: boolean;
  /** The fraction of the diagram's height a caption covers at its foot (presentation mode). */
  readonly captionInset?: number;
  /** Shown over the diagram's middle (at step 0, what is coming); it takes no clicks. */
  readonly note?: ReactNode;
  /**
   * Given (an embed), where the detail would not read at fit the diagram is laid out compact:
   * names and addresses only, each box as large as this world (the last step's) needs them
   * (compact.ts).
   */
  readonly compactFor?: WorldState;
}

const NONE: ReadonlySet<string> = new Set();

const PacketLayer = lazy(() => import('./PacketLayer.tsx'));

/**
 * The layout before the diagram's box is measured: nothing. The box is measured before the first
 * paint (useContainerSize), and laying out for a guessed size first would plan a large scenario
 * twice (1,000 nodes: 130–150 ms each on the 2-core machine).
 */
const UNMEASURED: TopologyLayout = {
  compact: false,
  width: 0,
  height: 0,
  elements: [],
  links: [],
  routes: { rows: [], hidden: 0, refused: [] },
  byId: new Map(),
};
/** Only a large diagram says what it leaves out: its words load with it. */
const DiagramNotes = lazy(() => import('./DiagramNotes.tsx'));

/**
 * The pod network as SVG: React renders every element from the layout; D3 only zooms. Elements
 * the current step created animate in with `progress`: a frame of that animation re-renders them
 * alone (DiagramBody is memoised without the progress; step-progress.ts carries it).
 */
export function Topology(props: TopologyProps) {
  const { world, step, selectedId, progress, highlightIds, packet, zoomRequest, className } = props;
  const quiet = props.quietCauses ?? false;
  const { m, lang } = useMessages('diagram', diagram);
  const zh = lang === 'zh' ? zhCatalog() : null;
  const sayWord = zh?.sayWord ?? asDrawn;
  const sayName = zh?.elementName ?? asDrawn;
  const boxRef = useRef<HTMLElement>(null);
  const svgRef = useRef<SVGSVGElement>(null);
  const size = useContainerSize(boxRef);
  const final = props.compactFor;
  const layout = useMemo(() => {
    if (!size && measurable) return UNMEASURED;
    const drawn = chooseLayout(world, size, final);
    return quiet ? quietCauses(drawn) : drawn;
  }, [world, size, quiet, final]);
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
  // A compact layout draws its briefs at their own size (BRIEF_FONT units), zoomed with the rest.
  const overview = layout.compact ? BRIEF_FONT / BRIEF_PX : overviewTextScale(fit * view.k);
  useEffect(() => {
    if (layout.width > 0 && layout.height > 0) zoomTo('fit');
  }, [layout.width, layout.height, zoomTo]);
  // A newly selected element (clicked, a packet hop's owner, shown by the narration or a lesson),
  // or one asked for again, is brought into view: in the overview close enough to read, with its
  // node around it; zoomed in, panned to when it is off screen. "Fit to view" goes back.
  const bringIntoView = (id: string | null, asked = false) => {
    const box = id ? focusBox(layout, id) : undefined;
    if (!box) return;
    const { width, height } = layout;
    // Asked for (Show element, Find step), it is also zoomed to when drawn under the focus scale.
    if (overview > 0 || (asked && fit * view.k < FOCUS_SCALE))
      focusOn(focusZoom(box, width, height, fit), width, height);
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
  // Whether this commit carried a zoom request (a lesson stop, Show element): it wins over following.
  const asked = useRef(false);
  // biome-ignore lint/correctness/useExhaustiveDependencies: a request is acted on once, when its seq changes
  useEffect(() => {
    if (!request) return;
    asked.current = true;
    if (request.kind === 'focus') bringIntoView(selectedId, true);
    else zoomTo(request.kind);
  }, [request?.seq]);

  // Following the action: at each step or hop (not on the first draw), the changed or visited
  // elements (with their nodes) are centred at the asked-for scale, when the whole is drawn smaller
  // than that; a zoom request made with the same step wins.
  const action = [...touched].join('\n');
  const followed = useRef(props.followFromStart ? null : action);
  // biome-ignore lint/correctness/useExhaustiveDependencies: acts when the action changes, on the layout and zoom of that moment
  useEffect(() => {
    if (followed.current === action || !size) return;
    followed.current = action;
    if (props.follow === undefined || !size || asked.current) return;
    const box = actionBox(layout, touched);
    if (!box) return;
    const { width, height } = layout;
    const to = followZoom(box, width, height, fit, props.follow, props.captionInset);
    if (to.k > 1) focusOn(to, width, height);
  }, [action, size]);
  useEffect(() => {
    asked.current = false;
  });

  const t = eased(progress);
  const [stepProgress] = useState(() => createStepProgress(t));
  // Read by the entering parts as they render; those already drawn are told after the commit.
  stepProgress.value = t;
  // biome-ignore lint/correctness/useExhaustiveDependencies: runs for each new progress, which the source holds
  useLayoutEffect(() => notifyStepProgress(stepProgress), [stepProgress, t]);
  // A diagram of many elements draws what is on screen and large enough to see (drawn.ts).
  const seen = size ? screenRegion(layout.width, layout.height, fit, size, view) : null;
  const { x: rx, y: ry, width: rw, height: rh } = seen?.region ?? { x: 0, y: 0, width: 0, height: 0 };
  // Before its size is known, a large diagram draws only what it keeps.
  const drawnScale = seen?.scale ?? 1;
  const drawn = useMemo(() => {
    const keep = new Set(touched);
    if (selectedId) keep.add(selectedId);
    return drawnPart(layout, { x: rx, y: ry, width: rw, height: rh }, drawnScale, keep);
  }, [layout, rx, ry, rw, rh, drawnScale, touched, selectedId]);
  // The bar above the diagram holds its controls, so none of them covers the diagram's content;
  // the region named Topology is the diagram itself.
  return (
    <div className={`flex h-full w-full flex-col ${className ?? ''}`}>
      <div className="@container relative z-10 flex flex-wrap items-center gap-x-3 gap-y-1 @max-md:gap-x-1 border-b border-slate-200 px-1.5 py-0.5 dark:border-slate-800">
        {props.bar && <div className="min-w-0 flex-1">{props.bar}</div>}
        <div className="ml-auto flex items-center gap-1 @max-md:gap-0.5">
          {props.tools}
          <Legend />
          <ZoomControls onZoom={zoomTo} />
        </div>
      </div>
      <section
        ref={boxRef}
        aria-label={m.region}
        className="relative min-h-0 w-full flex-1 overflow-hidden [contain:strict]"
      >
        <svg
          ref={svgRef}
          aria-label={m.svg}
          viewBox={`0 0 ${layout.width} ${layout.height}`}
          preserveAspectRatio="xMidYMid meet"
          className="block h-full w-full touch-none select-none"
        >
          <StrokeScale value={Math.max(1, overview)}>
            <StepProgress value={stepProgress}>
              <g transform={transform}>
                <DiagramWords value={sayWord}>
                  <ElementNames value={sayName}>
                    <DiagramBody
                      layout={drawn.layout}
                      entering={entering}
                      touched={touched}
                      selectedId={selectedId}
                      overview={overview}
                      onSelect={select}
                    />
                  </ElementNames>
                </DiagramWords>
                {packet && (
                  // Nothing in its place while it loads (it comes with the first packet walk).
                  <Suspense fallback={null}>
                    <PacketLayer
                      layout={layout}
                      packet={packet}
                      overview={overview}
                      seen={size ? seenRegion(layout.width, layout.height, fit, size, view) : undefined}
                    />
                  </Suspense>
                )}
              </g>
            </StepProgress>
          </StrokeScale>
        </svg>
        {props.note}
        {(layout.summary || drawn.left > 0) && (
          <Suspense fallback={null}>
            <DiagramNotes
              scenario={world.scenario}
              summary={layout.summary === true}
              left={drawn.left}
              all={layout.elements.length}
            />
          </Suspense>
        )}
      </section>
    </div>
  );
}
