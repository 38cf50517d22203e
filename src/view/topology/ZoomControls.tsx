import type { ZoomKind } from './zoom-behavior.ts';

/** The look of the buttons over the diagram (zoom, legend). */
export const CONTROL_BUTTON =
  'flex h-8 min-w-8 items-center justify-center rounded-md border border-slate-300 bg-white/90 px-2 text-sm font-medium text-slate-800 shadow-sm hover:bg-slate-100 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-blue-700 dark:border-slate-600 dark:bg-slate-900/90 dark:text-slate-100 dark:hover:bg-slate-800 dark:focus-visible:outline-blue-300';

/** Zoom buttons over the diagram; wheel, drag and pinch work on the diagram itself. */
export function ZoomControls({ onZoom }: { onZoom: (kind: ZoomKind) => void }) {
  return (
    <div className="absolute right-2 bottom-2 flex gap-1">
      <button type="button" className={CONTROL_BUTTON} aria-label="Zoom in" onClick={() => onZoom('in')}>
        +
      </button>
      <button type="button" className={CONTROL_BUTTON} aria-label="Zoom out" onClick={() => onZoom('out')}>
        −
      </button>
      <button type="button" className={CONTROL_BUTTON} onClick={() => onZoom('fit')}>
        Fit to view
      </button>
    </div>
  );
}
