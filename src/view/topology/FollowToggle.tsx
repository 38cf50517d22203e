import { useExplorer, useExplorerStore } from '../../store/index.ts';
import { Icon } from '../Icons.tsx';
import { CONTROL_BUTTON } from './ZoomControls.tsx';

/** The "Follow the action" toggle: on, each step or hop brings what it changed into view at a readable size. */
export function FollowToggle() {
  const store = useExplorerStore();
  const on = useExplorer((s) => s.follow);
  return (
    <button
      type="button"
      aria-pressed={on}
      aria-label="Follow the action"
      title={
        on
          ? 'Follow the action: on (each step or hop zooms to what it changed when the whole is too small to read)'
          : 'Follow the action: off'
      }
      onClick={() => store.getState().setFollow(!on)}
      className={`${CONTROL_BUTTON} @max-md:hidden aria-pressed:bg-sky-100 dark:aria-pressed:bg-sky-900`}
    >
      <Icon name="target" className="size-4" />
    </button>
  );
}
