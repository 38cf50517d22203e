import { header } from '../../i18n/en/header.ts';
import { useExplorer, useExplorerStore } from '../../store/index.ts';
import { Icon } from '../../view/Icons.tsx';
import { useMessages } from '../../view/i18n/useMessages.ts';
import { CONTROL_BUTTON } from '../../view/topology/ZoomControls.tsx';

/** The "Presentation mode" toggle (`present=1`): on, the diagram fills the window; Escape leaves too. */
export function PresentToggle() {
  const store = useExplorerStore();
  const present = useExplorer((s) => s.present);
  const { m } = useMessages('header', header);
  return (
    <button
      type="button"
      aria-pressed={present}
      aria-label={m.presentation}
      title={present ? m.presentationLeave : m.presentationEnter}
      onClick={() => store.getState().setPresent(!present)}
      className={`${CONTROL_BUTTON} gap-1.5 aria-pressed:bg-sky-100 dark:aria-pressed:bg-sky-900`}
    >
      <Icon name="present" className="size-4" />
    </button>
  );
}
