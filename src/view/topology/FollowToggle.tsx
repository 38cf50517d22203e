import { diagram } from '../../i18n/en/diagram.ts';
import { useExplorer, useExplorerStore } from '../../store/index.ts';
import { Icon } from '../Icons.tsx';
import { useMessages } from '../i18n/useMessages.ts';
import { CONTROL_BUTTON } from './ZoomControls.tsx';

/** The "Follow the action" toggle: on, each step or hop brings what it changed into view at a readable size. */
export function FollowToggle() {
  const store = useExplorerStore();
  const on = useExplorer((s) => s.follow);
  const { m } = useMessages('diagram', diagram);
  return (
    <button
      type="button"
      aria-pressed={on}
      aria-label={m.follow}
      title={on ? m.followOn : m.followOff}
      onClick={() => store.getState().setFollow(!on)}
      className={`${CONTROL_BUTTON} @max-md:hidden aria-pressed:bg-sky-100 dark:aria-pressed:bg-sky-900`}
    >
      <Icon name="target" className="size-4" />
    </button>
  );
}
