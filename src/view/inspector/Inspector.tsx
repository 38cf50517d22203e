import { lazy, Suspense, useEffect, useMemo, useRef } from 'react';
import { inspector } from '../../i18n/en/inspector.ts';
import { summarised } from '../../layout/index.ts';
import {
  selectArtifactTab,
  selectCurrentStep,
  selectPreviousWorld,
  selectReducedMotion,
  selectScenario,
  selectSelectedId,
  selectWorld,
  useExplorer,
  useExplorerStore,
} from '../../store/index.ts';
import { useMessages } from '../i18n/useMessages.ts';
import { PresetNotesAt } from '../PresetNotes.tsx';
import { useHopEvidence } from '../packet/useHopEvidence.ts';
import { MUTED, PANEL, PANEL_TITLE } from '../styles.ts';
import { ArtifactTabs } from './ArtifactTabs.tsx';
import { ArtifactText } from './ArtifactText.tsx';
import { artifactViews, defaultArtifact } from './artifact-views.ts';
import { inspectTarget } from './inspect-target.ts';

const ID = 'inspector';

// Only a scenario with Services needs it: not in the first load.
const NodeServices = lazy(() => import('./NodeServices.tsx'));

/**
 * The selected element's artifacts as they stand at the current step, the lines this step added
 * highlighted. Without a pick, it opens the artifact the step changed.
 */
export function Inspector() {
  const selectedId = useExplorer(selectSelectedId);
  const world = useExplorer(selectWorld);
  const before = useExplorer(selectPreviousWorld);
  const step = useExplorer(selectCurrentStep);
  const scenario = useExplorer(selectScenario);
  const inspected = useMemo(() => inspectTarget(selectedId, scenario), [selectedId, scenario]);
  const views = useMemo(
    () => (inspected ? artifactViews(world, before, inspected) : []),
    [world, before, inspected],
  );
  // A packet hop's evidence opens the artifact that prints it; a tab picked under that hop wins
  // (the store forgets the pick when the hop changes).
  const evidence = useHopEvidence(inspected?.target ?? null);
  const store = useExplorerStore();
  const pick = useExplorer(selectArtifactTab);
  const setPicked = (artifact: string) => store.getState().openTab(artifact);
  const { m, f } = useMessages('inspector', inspector);
  const scrolledTo = useScrollToPick(selectedId, inspected !== null && summarised(scenario));
  const active =
    evidence && !pick ? evidence.artifact : defaultArtifact(views, pick ?? inspected?.artifact ?? null, step);
  const view = views.find((v) => v.artifact === active);
  const matched =
    evidence && view?.artifact === evidence.artifact
      ? view.rows.findIndex((row) => row.key === evidence.evidence.row)
      : -1;
  const heading = !inspected
    ? null
    : inspected.kind === 'vpc'
      ? 'VPC'
      : inspected.kind === 'cni0'
        ? f(m.cni0On, { node: inspected.name })
        : f(inspected.kind === 'node' ? m.headingNode : m.headingPod, { name: inspected.name });

  return (
    <section
      ref={scrolledTo}
      className={`${PANEL} flex min-h-72 shrink-0 flex-col gap-2 p-3 xl:flex-1 xl:shrink`}
      aria-labelledby={`${ID}-title`}
    >
      <h2 id={`${ID}-title`} className={PANEL_TITLE}>
        {m.inspector}
        {heading && <span className="ml-1 font-mono normal-case tracking-normal">· {heading}</span>}
      </h2>
      {!inspected || !view || !active ? (
        <p className={`text-sm ${MUTED}`}>
          {selectedId ? f(m.noArtifacts, { id: selectedId }) : m.selectElement}
        </p>
      ) : (
        <>
          <ArtifactTabs idPrefix={ID} views={views} active={active} onChoose={setPicked} />
          <div
            id={`${ID}-panel`}
            role="tabpanel"
            aria-labelledby={`${ID}-tab-${active}`}
            className="flex min-h-0 flex-1 flex-col"
          >
            <ArtifactText view={view} matched={matched} />
          </div>
          {inspected.kind === 'node' && world.services.length > 0 && (
            <Suspense fallback={null}>
              <NodeServices world={world} node={inspected.name} />
            </Suspense>
          )}
          <PresetNotesAt place={inspected.target} />
        </>
      )}
    </section>
  );
}

/**
 * On a summary (a tile per node, layout/summary.ts) a tile shows a node's name, pod CIDR and pods
 * alone: picking one asks for its detail, which is here, below the diagram up to 1800 px wide (at
 * 1280 × 720 a screen and more below it). Its section is scrolled into view when the pick changes
 * to something it shows; a pick the page opened with (`sel=`) is left where it is.
 */
function useScrollToPick(selectedId: string | null, summaryPick: boolean) {
  const ref = useRef<HTMLElement>(null);
  const seen = useRef(selectedId);
  const reduced = useExplorer(selectReducedMotion);
  useEffect(() => {
    if (seen.current === selectedId) return;
    seen.current = selectedId;
    if (summaryPick) ref.current?.scrollIntoView({ block: 'nearest', behavior: reduced ? 'auto' : 'smooth' });
  }, [selectedId, summaryPick, reduced]);
  return ref;
}
