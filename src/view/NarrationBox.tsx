import type { ReactNode } from 'react';
import { regions } from '../i18n/en/regions.ts';
import { useMessages } from './i18n/useMessages.ts';
import { FOCUS_RING, NARRATION_BOX, PANEL } from './styles.ts';

/**
 * The narration's region under the diagram, for a step, a hop or a walk that sent nothing. It
 * keeps one height from 1280 px and scrolls inside, so keyboard users can focus it to scroll.
 */
export function NarrationBox({ className = '', children }: { className?: string; children?: ReactNode }) {
  const { m } = useMessages('regions', regions);
  return (
    <section
      aria-label={m.narration}
      // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region must be reachable by keyboard
      tabIndex={0}
      className={`@container ${PANEL} ${NARRATION_BOX} p-4 ${FOCUS_RING} ${className}`}
    >
      {children}
    </section>
  );
}
