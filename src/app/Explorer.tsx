import { lazy } from 'react';
import { LessonsHost } from '../lessons/ui/LessonsHost.tsx';
import { SidePanels } from '../view/inspector/SidePanels.tsx';
import { LazyPart } from '../view/LazyPart.tsx';
import { LoadError } from '../view/LoadError.tsx';
import { Narration } from '../view/Narration.tsx';
import { PlaybackControls } from '../view/timeline/PlaybackControls.tsx';
import { StepList } from '../view/timeline/StepList.tsx';
import { TopologyPanel } from '../view/topology/TopologyPanel.tsx';
import { Header } from './Header.tsx';
import { TourHost } from './tour/TourHost.tsx';

// The Traffic and What-if panels sit below the step list: they load right after the first paint.
const TrafficPanel = lazy(() =>
  import('../view/packet/TrafficPanel.tsx').then((m) => ({ default: m.TrafficPanel })),
);
const WhatIfPanel = lazy(() =>
  import('../view/whatif/WhatIfPanel.tsx').then((m) => ({ default: m.WhatIfPanel })),
);

/**
 * The explorer's layout (the playback controls come first in the tab order; the grid puts the
 * step list on the left). From 1280 px: steps | topology | tables and inspector, each column
 * scrolling on its own. From 1024 px: a narrower step list, and the tables and inspector below
 * the topology.
 */
export function Explorer() {
  return (
    <div className="flex min-h-dvh flex-col bg-slate-50 text-slate-900 xl:h-dvh dark:bg-slate-950 dark:text-slate-100">
      <Header />
      <LoadError />
      <main className="grid flex-1 grid-cols-1 lg:grid-cols-[15rem_minmax(0,1fr)] xl:min-h-0 xl:grid-cols-[17rem_minmax(0,1fr)_26rem] 2xl:grid-cols-[19rem_minmax(0,1fr)_30rem]">
        <div className="flex min-w-0 flex-col gap-3 p-3 lg:col-start-2 lg:row-start-1 xl:min-h-0">
          <LessonsHost />
          <PlaybackControls />
          <TopologyPanel />
          <Narration />
        </div>
        <nav
          aria-label="Steps"
          className="max-h-[40dvh] overflow-y-auto border-b border-slate-200 lg:sticky lg:top-0 lg:col-start-1 lg:row-span-2 lg:row-start-1 lg:max-h-dvh lg:self-start lg:border-r lg:border-b-0 xl:static xl:row-span-1 xl:max-h-none xl:min-h-0 xl:self-stretch dark:border-slate-800"
        >
          <StepList />
          <LazyPart what="The Traffic and What-if panels">
            <TrafficPanel />
            <WhatIfPanel />
          </LazyPart>
        </nav>
        <aside
          aria-label="Tables and inspector"
          className="flex min-w-0 flex-col gap-3 p-3 pt-0 lg:col-start-2 lg:row-start-2 xl:col-start-3 xl:row-start-1 xl:min-h-0 xl:overflow-y-auto xl:border-l xl:border-slate-200 xl:pt-3 dark:xl:border-slate-800"
        >
          <SidePanels />
        </aside>
      </main>
      <TourHost />
    </div>
  );
}
