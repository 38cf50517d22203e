import {
  selectCurrentStep,
  selectProgress,
  selectSelectedId,
  selectWorld,
  selectZoomRequest,
  useExplorer,
  useExplorerStore,
} from '../store/index.ts';
import { PANEL } from '../view/styles.ts';
import { Topology } from '../view/topology/index.ts';

/** The diagram, fed from the store: the world at the cursor and the clock's progress. */
export function TopologyPanel() {
  const store = useExplorerStore();
  const world = useExplorer(selectWorld);
  const step = useExplorer(selectCurrentStep);
  const selectedId = useExplorer(selectSelectedId);
  const progress = useExplorer(selectProgress);
  const zoomRequest = useExplorer(selectZoomRequest);
  return (
    <section
      aria-label="Topology"
      className={`${PANEL} h-[62dvh] min-h-80 overflow-hidden xl:h-auto xl:min-h-[40dvh] xl:flex-1`}
    >
      <Topology
        world={world}
        step={step}
        selectedId={selectedId}
        onSelect={store.getState().select}
        progress={progress}
        zoomRequest={zoomRequest}
      />
    </section>
  );
}
