import { useEffect } from 'react';
import type { ExplorerStore } from '../../store/index.ts';

/**
 * For a "click the element" question: the next element the learner selects in the diagram is
 * the answer. Selections the player makes itself (showing a stop) happen before this listens.
 */
export function useClickAnswer(store: ExplorerStore, armed: boolean, onClick: (id: string) => void): void {
  useEffect(() => {
    if (!armed) return;
    let answered = false;
    return store.subscribe((state, prev) => {
      // A packet walk moves the selection with its hops: that is no click.
      if (
        answered ||
        state.selectedId === prev.selectedId ||
        state.selectedId === null ||
        state.hop !== prev.hop
      )
        return;
      // Once: showing the proof selects again.
      answered = true;
      onClick(state.selectedId);
    });
  }, [store, armed, onClick]);
}
