import { useEffect } from 'react';
import { type ExplorerStore, selectSteps, selectTimeline } from '../store/index.ts';
import { phaseJump } from '../view/timeline/phase-jump.ts';

/** Where keys belong to the focused control: typing, or a native control's own arrows and Space. */
function keyBelongsToTarget(target: EventTarget | null, key: string): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable) return true;
  const tag = target.tagName;
  if (tag === 'INPUT' || tag === 'TEXTAREA' || tag === 'SELECT') return true;
  // Space activates a focused button or link; it must not also toggle playback.
  return key === ' ' && (tag === 'BUTTON' || tag === 'A' || target.getAttribute('role') === 'tab');
}

/**
 * Stepping from the keyboard anywhere on the page (DESIGN.md §1): ← → step, Space plays or
 * pauses, Home and End go to the first and last step, Page Up and Page Down to the start of a
 * phase, Escape deselects. Not while typing in a field.
 */
export function useKeyboard(store: ExplorerStore): void {
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.defaultPrevented || event.altKey || event.ctrlKey || event.metaKey) return;
      if (keyBelongsToTarget(event.target, event.key)) return;
      if (event.key === 'Escape') {
        // Escape deselects, unless it closes a dialog or a menu first (theirs to handle).
        const inLayer = event.target instanceof Element && event.target.closest('dialog, [popover]');
        if (inLayer || store.getState().selectedId === null) return;
        store.getState().select(null);
        return;
      }
      // The construction's steps, or the hops of the packet walk when one is on screen.
      const state = selectTimeline(store.getState());
      // Page Up / Page Down: the start of the current or previous phase, of the next phase.
      const phase = (direction: 1 | -1) => () => {
        const s = store.getState();
        const to = phaseJump(selectSteps(s), s.step, direction);
        if (to !== null) s.goTo(to);
      };
      const action: Record<string, () => void> = {
        ArrowRight: state.next,
        ArrowLeft: state.previous,
        ' ': state.togglePlay,
        Home: state.first,
        End: state.last,
        ...(state.unit === 'step' ? { PageUp: phase(-1), PageDown: phase(1) } : {}),
      };
      const run = action[event.key];
      if (!run) return;
      event.preventDefault();
      run();
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [store]);
}
