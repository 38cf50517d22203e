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
import { PANEL } from '../styles.ts';
import { Topology } from './index.ts';
import { usePacketWalkMarker } from './usePacketWalkMarker.ts';

const NO_IDS: readonly string[] = [];

/** The explorer's sizing of the diagram; the embed passes its own. */
const EXPLORER_SIZE = 'h-[62dvh] min-h-80 xl:h-auto xl:min-h-[40dvh] xl:flex-1';

/** The diagram, fed from the store: the world at the cursor, the clock's progress, the packet. */
export function TopologyPanel({ size = EXPLORER_SIZE }: { readonly size?: string }) {
  const store = useExplorerStore();
  const world = useExplorer(selectWorld);
  const step = useExplorer(selectCurrentStep);
  const selectedId = useExplorer(selectSelectedId);
  const progress = useExplorer(selectProgress);
  const zoomRequest = useExplorer(selectZoomRequest);
  // While a packet walks the finished network, the diagram shows its hop instead of the last step.
  const walk = usePacketWalkMarker();
  // While a lesson question waits, what the kept-back step touched is not highlighted either.
  const quiet = useExplorer((s) => s.withheld !== null);
  const stepKept = useExplorer((s) => stepWithheld(s.withheld, s.step));
  return (
    <section aria-label="Topology" className={`${PANEL} overflow-hidden ${size}`}>
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
      />
    </section>
  );
}
