import { lazy, useId, useState } from 'react';
import { LazyPart } from '../LazyPart.tsx';
import { CONTROL_BUTTON } from './ZoomControls.tsx';

const LegendKey = lazy(() => import('./LegendKey.tsx').then((m) => ({ default: m.LegendKey })));

/** A key to the diagram's colours and marks, opened from a button over the diagram. */
export function Legend() {
  const [open, setOpen] = useState(false);
  const id = useId();
  return (
    // Full height, so the open list can scroll within the diagram; only its own parts take clicks.
    <div className="pointer-events-none absolute top-2 bottom-2 left-2 flex flex-col items-start justify-end gap-1 [&>*]:pointer-events-auto">
      {open && (
        <LazyPart what="The legend">
          <LegendKey id={id} />
        </LazyPart>
      )}
      <button
        type="button"
        aria-expanded={open}
        aria-controls={id}
        onClick={() => setOpen(!open)}
        className={CONTROL_BUTTON}
      >
        Legend
      </button>
    </div>
  );
}
