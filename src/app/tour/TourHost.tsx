import { lazy } from 'react';
import { header } from '../../i18n/en/header.ts';
import { useMessages } from '../../view/i18n/useMessages.ts';
import { LazyPart } from '../../view/LazyPart.tsx';
import { TOOL_BUTTON } from '../share/tool-styles.ts';
import { closeTour, openTour, useTourOpen } from './tour-open.ts';

// The tour loads only when shown: a first visit, or "Tour" in the header.
const Tour = lazy(() => import('./Tour.tsx').then((m) => ({ default: m.Tour })));

/** The tour, while it is open. */
export function TourHost() {
  return useTourOpen() ? (
    <LazyPart part="tour">
      <Tour onClose={closeTour} />
    </LazyPart>
  ) : null;
}

/** "Tour" in the header: shows the tour again. */
export function TourButton() {
  const { m } = useMessages('header', header);
  return (
    <button type="button" onClick={openTour} className={TOOL_BUTTON}>
      {m.tour}
    </button>
  );
}
