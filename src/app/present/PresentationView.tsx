import { useEffect } from 'react';
import { useExplorerStore } from '../../store/index.ts';
import { LoadError } from '../../view/LoadError.tsx';
import { Narration } from '../../view/Narration.tsx';
import { PlaybackControls } from '../../view/timeline/PlaybackControls.tsx';
import { TopologyPanel } from '../../view/topology/TopologyPanel.tsx';
import { PresentToggle } from './PresentToggle.tsx';

/**
 * Screen pixels per diagram unit the action is shown at: the diagram's 12-unit text reads at
 * about 17 px, for the back of a classroom.
 */
const PRESENT_SCALE = 1.4;

/**
 * Presentation mode (`present=1`): the diagram fills the window and follows the action (what
 * each step changed, each hop the packet visits) at a projector's text size; the narration is a
 * caption over its foot; the side columns are gone. Stepping, the packet walk and the keyboard
 * work as before; Escape, or the toggle, leaves.
 */
export default function PresentationView() {
  const store = useExplorerStore();
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key !== 'Escape' || event.defaultPrevented) return;
      event.preventDefault();
      store.getState().setPresent(false);
    };
    // In the capture phase, before the explorer's keys: here Escape leaves, it does not deselect.
    window.addEventListener('keydown', onKeyDown, true);
    return () => window.removeEventListener('keydown', onKeyDown, true);
  }, [store]);
  const bar = (
    <div className="flex items-center gap-x-3">
      <div className="min-w-0 flex-1">
        <PlaybackControls />
      </div>
      <PresentToggle />
    </div>
  );
  const caption = (
    <div className="pointer-events-auto absolute inset-x-3 bottom-3 mx-auto max-h-[30%] max-w-5xl overflow-y-auto rounded-xl text-lg opacity-95 shadow-lg [&_h2]:text-2xl">
      <Narration />
    </div>
  );
  return (
    <main className="flex h-dvh flex-col bg-slate-50 p-1 text-slate-900 dark:bg-slate-950 dark:text-slate-100">
      <LoadError />
      <TopologyPanel
        size="min-h-0 flex-1"
        bar={bar}
        follow={PRESENT_SCALE}
        followFromStart
        caption={caption}
        captionInset={0.3}
      />
    </main>
  );
}
