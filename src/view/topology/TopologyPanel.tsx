import {
  selectCurrentStep,
  selectProgress,
  selectSelectedId,
  selectWorld,
  selectZoomRequest,
  useExplorer,
  useExplorerStore,
} from '../../store/index.ts';
import { PANEL } from '../styles.ts';
import { Topology } from './index.ts';
import { usePacketWalkMarker } from './usePacketWalkMarker.ts';

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
  return (
    <section aria-label="Topology" className={`${PANEL} overflow-hidden ${size}`}>
      <Topology
        world={world}
        step={walk.active ? undefined : step}
        selectedId={selectedId}
        onSelect={store.getState().select}
        progress={progress}
        zoomRequest={zoomRequest}
        highlightIds={walk.highlightIds}
        packet={walk.packet}
      />
    </section>
  );
}
