import { lazy, useId, useState } from 'react';
import { diagram } from '../../i18n/en/diagram.ts';
import { Icon } from '../Icons.tsx';
import { useMessages } from '../i18n/useMessages.ts';
import { LazyPart } from '../LazyPart.tsx';
import { CONTROL_BUTTON } from './ZoomControls.tsx';

const LegendKey = lazy(() => import('./LegendKey.tsx').then((m) => ({ default: m.LegendKey })));

/** A key to the diagram's colours and marks, opened from a button in the diagram's bar, below it. */
export function Legend() {
  const [open, setOpen] = useState(false);
  const id = useId();
  const { m } = useMessages('diagram', diagram);
  return (
    <div className="relative">
      <button
        type="button"
        aria-expanded={open}
        aria-controls={id}
        onClick={() => setOpen(!open)}
        className={CONTROL_BUTTON}
      >
        <Icon name="legend" className="size-4 @md:hidden" />
        <span className="@max-md:sr-only">{m.legend}</span>
      </button>
      {open && (
        // Below the button, over the diagram's top-right, scrolling within the window.
        <div className="absolute top-full right-0 mt-1 flex max-h-[min(24rem,70dvh)] w-72 max-w-[90vw] flex-col">
          <LazyPart part="legend">
            <LegendKey id={id} />
          </LazyPart>
        </div>
      )}
    </div>
  );
}
