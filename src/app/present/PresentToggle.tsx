import { useExplorer, useExplorerStore } from '../../store/index.ts';
import { Icon } from '../../view/Icons.tsx';
import { CONTROL_BUTTON } from '../../view/topology/ZoomControls.tsx';

/** The "Presentation mode" toggle (`present=1`): on, the diagram fills the window; Escape leaves too. */
export function PresentToggle() {
  const store = useExplorerStore();
  const present = useExplorer((s) => s.present);
  return (
    <button
      type="button"
      aria-pressed={present}
      aria-label="Presentation mode"
      title={present ? 'Leave presentation mode (Esc)' : 'Presentation mode: the diagram fills the window'}
      onClick={() => store.getState().setPresent(!present)}
      className={`${CONTROL_BUTTON} gap-1.5 aria-pressed:bg-sky-100 dark:aria-pressed:bg-sky-900`}
    >
      <Icon name="present" className="size-4" />
    </button>
  );
}
