import { lazy } from 'react';
import { regions } from '../i18n/en/regions.ts';
import { LessonsHost } from '../lessons/ui/LessonsHost.tsx';
import { useExplorer } from '../store/index.ts';
import { useMessages } from '../view/i18n/useMessages.ts';
import { LazyPart } from '../view/LazyPart.tsx';
import { LoadError } from '../view/LoadError.tsx';
import { Narration } from '../view/Narration.tsx';
import { PlaybackControls } from '../view/timeline/PlaybackControls.tsx';
import { StepList } from '../view/timeline/StepList.tsx';
import { TopologyPanel } from '../view/topology/TopologyPanel.tsx';
import { useMediaQuery } from '../view/useMediaQuery.ts';
import { Header } from './Header.tsx';
import { PresentToggle } from './present/PresentToggle.tsx';
import { TourHost } from './tour/TourHost.tsx';

// The Traffic and What-if panels sit below the step list: they load right after the first paint.
const TrafficPanel = lazy(() =>
  import('../view/packet/TrafficPanel.tsx').then((m) => ({ default: m.TrafficPanel })),
);
// The section buttons and "Find step" are used after the first look: they load right after the first paint.
const NavTools = lazy(() => import('../view/timeline/NavTools.tsx'));
// The tables and inspector sit below the diagram (beside it from 1800 px): they load after it.
const SidePanels = lazy(() =>
  import('../view/inspector/SidePanels.tsx').then((m) => ({ default: m.SidePanels })),
);
const WhatIfPanel = lazy(() =>
  import('../view/whatif/WhatIfPanel.tsx').then((m) => ({ default: m.WhatIfPanel })),
);
const DataplanePanel = lazy(() =>
  import('../view/dataplane/DataplanePanel.tsx').then((m) => ({ default: m.DataplanePanel })),
);
// A comparison of dataplanes (`&compare=`) is shown first, beside or under the diagram.
const CompareCard = lazy(() =>
  import('../view/dataplane/CompareCard.tsx').then((m) => ({ default: m.CompareCard })),
);
const compareCard = (
  <LazyPart part="comparison">
    <CompareCard />
  </LazyPart>
);

const NAV_ID = 'steps-nav';

/** From this width the story (lesson, narration, steps) sits beside the diagram, which fills the window's height. */
const WIDE = '(min-width: 1280px)';

/**
 * The explorer's layout, the diagram first (the playback controls, in its bar, come first in the
 * tab order). From 1280 px: the story column on the left (a lesson, the narration, the steps),
 * the diagram filling the rest of the window, the tables and inspector below it (scrolled to);
 * from 1800 px the tables and inspector get a column of their own. From 1024 px: the step list
 * on the left, the narration, tables and inspector below the diagram.
 */
export function Explorer() {
  const { m } = useMessages('regions', regions);
  const wide = useMediaQuery(WIDE);
  // A comparison widens the story column from the first paint, before its card has loaded, so
  // the diagram is laid out once for the room it keeps.
  const comparing = useExplorer((s) => s.compare !== null);
  return (
    <div className="flex min-h-dvh flex-col bg-slate-50 text-slate-900 xl:h-dvh dark:bg-slate-950 dark:text-slate-100">
      <Header />
      <LoadError />
      <main className="flex flex-1 flex-col lg:flex-row xl:min-h-0">
        <div className="contents lg:order-2 lg:flex lg:min-w-0 lg:flex-1 lg:flex-col xl:min-h-0 xl:overflow-y-auto min-[112.5rem]:flex-row min-[112.5rem]:overflow-visible">
          <div className="order-1 flex min-w-0 flex-col gap-3 p-3 xl:h-full xl:shrink-0 xl:p-1.5 min-[112.5rem]:flex-1">
            {!wide && <LessonsHost />}
            <TopologyPanel
              bar={
                <div className="flex flex-wrap items-center gap-x-3 gap-y-1">
                  <div className="min-w-fit flex-1">
                    <PlaybackControls />
                  </div>
                  <PresentToggle />
                </div>
              }
            />
            {!wide && compareCard}
            {!wide && <Narration />}
          </div>
          <aside
            aria-label={m.tablesAndInspector}
            className="order-3 flex min-w-0 flex-col gap-3 p-3 pt-0 xl:p-1.5 min-[112.5rem]:w-[28rem] min-[112.5rem]:shrink-0 min-[112.5rem]:overflow-y-auto min-[112.5rem]:border-l min-[112.5rem]:border-slate-200 min-[112.5rem]:p-3 dark:min-[112.5rem]:border-slate-800"
          >
            <LazyPart part="side">
              <SidePanels />
            </LazyPart>
          </aside>
        </div>
        <div
          className={`order-2 flex min-w-0 flex-col gap-2 border-slate-200 lg:sticky lg:top-0 lg:order-1 lg:max-h-dvh lg:w-60 lg:shrink-0 lg:self-start lg:border-r xl:static xl:h-full xl:max-h-none xl:self-stretch xl:p-1.5 xl:pr-0 xl:has-[[data-lesson-panel]]:w-96 dark:border-slate-800 ${comparing ? 'xl:w-96' : 'xl:w-62 min-[90rem]:w-72'}`}
        >
          {wide && (
            // The story above the steps: at most about two thirds of the column, scrolling inside.
            <div className="flex max-h-[62%] min-h-0 shrink-0 flex-col gap-2 overflow-y-auto">
              <LessonsHost />
              {compareCard}
              <Narration />
            </div>
          )}
          <LazyPart part="sections" loading={<div className="h-[4.5rem] shrink-0" />}>
            <NavTools navId={NAV_ID} />
          </LazyPart>
          <nav
            id={NAV_ID}
            aria-label={m.steps}
            className="max-h-[40dvh] min-h-0 overflow-y-auto border-b border-slate-200 lg:max-h-none lg:flex-1 lg:border-b-0 dark:border-slate-800"
          >
            <StepList />
            <LazyPart part="panels">
              <TrafficPanel />
              <DataplanePanel />
              <WhatIfPanel />
            </LazyPart>
          </nav>
        </div>
      </main>
      <TourHost />
    </div>
  );
}
