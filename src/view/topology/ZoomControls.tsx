import { diagram } from '../../i18n/en/diagram.ts';
import { Icon } from '../Icons.tsx';
import { useMessages } from '../i18n/useMessages.ts';
import type { ZoomKind } from './zoom-behavior.ts';

/** The look of the buttons in the diagram's bar (zoom, legend). */
export const CONTROL_BUTTON =
  'flex h-8 min-w-8 items-center justify-center rounded-md border border-slate-300 bg-white/90 px-2 @max-md:h-7 @max-md:min-w-7 @max-md:px-1 text-sm font-medium text-slate-800 shadow-sm hover:bg-slate-100 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-blue-700 dark:border-slate-600 dark:bg-slate-900/90 dark:text-slate-100 dark:hover:bg-slate-800 dark:focus-visible:outline-blue-300';

/** Zoom buttons in the diagram's bar; wheel, drag and pinch work on the diagram itself. */
export function ZoomControls({ onZoom }: { onZoom: (kind: ZoomKind) => void }) {
  const { m } = useMessages('diagram', diagram);
  return (
    <div className="flex gap-1 @max-md:gap-0.5">
      <button type="button" className={CONTROL_BUTTON} aria-label={m.zoomIn} onClick={() => onZoom('in')}>
        +
      </button>
      <button type="button" className={CONTROL_BUTTON} aria-label={m.zoomOut} onClick={() => onZoom('out')}>
        −
      </button>
      <button type="button" className={CONTROL_BUTTON} onClick={() => onZoom('fit')}>
        <Icon name="fit" className="size-4 @xl:hidden" />
        <span className="@max-xl:sr-only">{m.fit}</span>
      </button>
    </div>
  );
}
