import { lazy, type ReactNode } from 'react';
import {
  selectCurrentStep,
  selectProgress,
  selectSelectedId,
  selectWorld,
  selectZoomRequest,
  stepWithheld,
  useExplorer,
  useExplorerStore,
} from '../../store/index.ts';
import { LazyPart } from '../LazyPart.tsx';
import { PANEL } from '../styles.ts';
import { FollowToggle } from './FollowToggle.tsx';
import { Topology } from './index.ts';
import { drawsStill } from './still-above.ts';
import { usePacketWalkMarker } from './usePacketWalkMarker.ts';

const NO_IDS: readonly string[] = [];

// What step 0 is about to build: small, and shown only there, so it loads when first needed.
const ComingNote = lazy(() => import('./ComingNote.tsx').then((m) => ({ default: m.ComingNote })));

/**
 * Screen pixels per diagram unit the toggle follows the action at: 12-unit text at about 9.6 px.
 * Where the whole diagram already reads so (the article in a 1280 px window and up) the view
 * stays put.
 */
const FOLLOW_SCALE = 0.8;

/**
 * The explorer's sizing of the diagram; the embed passes its own. From 1280 px it fills its
 * column's height (the window's, below the header), whatever is beside or below it.
 */
const EXPLORER_SIZE = 'h-[70dvh] min-h-80 xl:h-full xl:min-h-0';

interface TopologyPanelProps {
  readonly size?: string;
  /** Controls for the diagram's bar (playback, links). */
  readonly bar?: ReactNode;
  /**
   * Follow the action at this many screen pixels per diagram unit, always (presentation mode);
   * else the "Follow the action" toggle follows at FOLLOW_SCALE.
   */
  readonly follow?: number;
  /** Follow from the first draw, not only from the next step or hop. */
  readonly followFromStart?: boolean;
  /** Shown over the diagram's foot (presentation mode's narration), covering `captionInset` of it. */
  readonly caption?: ReactNode;
  readonly captionInset?: number;
  /** Lay out compact where the detail would not read (an embed; Topology's `compact`). */
  readonly compact?: boolean;
}

/** The diagram, fed from the store: the world at the cursor, the clock's progress, the packet. */
export function TopologyPanel({
  size = EXPLORER_SIZE,
  bar,
  follow,
  followFromStart,
  caption,
  captionInset,
  compact,
}: TopologyPanelProps) {
  const store = useExplorerStore();
  const followOn = useExplorer((s) => s.follow);
  const world = useExplorer(selectWorld);
  const final = useExplorer((s) => s.construction.final);
  const step = useExplorer(selectCurrentStep);
  const selectedId = useExplorer(selectSelectedId);
  // A large diagram draws each step settled (still-above.ts): the clock's frames do not render it.
  const progress = useExplorer((s) => (drawsStill(selectWorld(s).nodes.size) ? 1 : selectProgress(s)));
  const zoomRequest = useExplorer(selectZoomRequest);
  // While a packet walks the finished network, the diagram shows its hop instead of the last step.
  const walk = usePacketWalkMarker();
  // While a lesson question waits, what the kept-back step touched is not highlighted either.
  const quiet = useExplorer((s) => s.withheld !== null);
  const stepKept = useExplorer((s) => stepWithheld(s.withheld, s.step));
  return (
    <div className={`${PANEL} overflow-hidden ${size}`}>
      <Topology
        world={world}
        step={walk.active ? undefined : step}
        selectedId={selectedId}
        onSelect={store.getState().select}
        progress={progress}
        zoomRequest={zoomRequest}
        highlightIds={!walk.active && stepKept ? NO_IDS : walk.highlightIds}
        packet={walk.packet}
        quietCauses={quiet}
        bar={bar}
        follow={follow ?? (followOn ? FOLLOW_SCALE : undefined)}
        followFromStart={followFromStart}
        tools={follow === undefined ? <FollowToggle /> : undefined}
        captionInset={captionInset}
        compactFor={compact ? final : undefined}
        note={
          <>
            {!walk.active && !step && (
              <LazyPart part="coming">
                <ComingNote />
              </LazyPart>
            )}
            {caption}
          </>
        }
      />
    </div>
  );
}
