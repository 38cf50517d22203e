import { regions } from '../../i18n/en/regions.ts';
import { LessonsHost } from '../../lessons/ui/LessonsHost.tsx';
import { formatHash, selectViewState, useExplorer } from '../../store/index.ts';
import { CompareCard } from '../../view/dataplane/CompareCard.tsx';
import { Icon } from '../../view/Icons.tsx';
import { useMessages } from '../../view/i18n/useMessages.ts';
import { LoadError } from '../../view/LoadError.tsx';
import { Narration } from '../../view/Narration.tsx';
import { FOCUS_RING } from '../../view/styles.ts';
import { PlaybackControls } from '../../view/timeline/PlaybackControls.tsx';
import { TopologyPanel } from '../../view/topology/TopologyPanel.tsx';

/**
 * Embed mode (`&embed=1`): the diagram with the step controls in its bar, and the narration below
 * it, filling the iframe (its full height, no page scroll). The diagram gets most of the height;
 * the narration scrolls on its own when it is long.
 */
export function EmbedExplorer() {
  // The same view outside the embed, always current (middle-click and "copy link" read the href).
  const { m } = useMessages('regions', regions);
  const fullView = useExplorer((s) => formatHash({ ...selectViewState(s), embed: false }));
  const bar = (
    <div className="flex items-center gap-x-3 @max-md:gap-x-1.5">
      <div className="min-w-0 flex-1">
        <PlaybackControls />
      </div>
      <a
        href={fullView}
        target="_blank"
        rel="noopener"
        aria-label={m.openInPodPath}
        className={`flex items-center gap-1 rounded text-sm font-medium text-sky-800 underline-offset-2 hover:underline dark:text-sky-300 ${FOCUS_RING}`}
      >
        <Icon name="open" className="size-4 @4xl:hidden" />
        <span className="@max-4xl:sr-only">{m.openInPodPath}</span>
      </a>
    </div>
  );
  return (
    <main className="group/embed flex h-dvh flex-col gap-1.5 overflow-hidden bg-slate-50 p-1 text-slate-900 dark:bg-slate-950 dark:text-slate-100">
      <LoadError />
      {/* A lesson stop tells the story itself, a comparison is read first: then the step narration below steps aside. */}
      <div className="flex max-h-[55%] min-h-0 shrink-0 flex-col empty:hidden">
        <LessonsHost embed />
        <CompareCard embed />
      </div>
      <TopologyPanel size="min-h-0 flex-1" bar={bar} compact />
      <div className="max-h-[24%] shrink-0 overflow-y-auto text-sm [@media(max-height:22.5rem)]:hidden group-has-[[data-lesson-panel]]/embed:hidden group-has-[[data-compare-panel]]/embed:hidden [&_h2]:text-base">
        <Narration />
      </div>
    </main>
  );
}
