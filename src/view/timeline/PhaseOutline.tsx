import { useMemo } from 'react';
import { PHASES } from '../../engine/index.ts';
import { outline } from '../../i18n/en/outline.ts';
import { timeline } from '../../i18n/en/timeline.ts';
import { selectSteps, useExplorer } from '../../store/index.ts';
import { useMessages } from '../i18n/useMessages.ts';
import { MUTED } from '../styles.ts';
import { PHASE_LABELS, PHASE_SUMMARIES } from './phase-labels.ts';

/** The construction's phases in order, with what happens in each and how many steps it takes. */
export function PhaseOutline() {
  const steps = useExplorer(selectSteps);
  const { m, f } = useMessages('timeline', timeline);
  const { m: o } = useMessages('outline', outline);
  const phases = useMemo(
    () =>
      PHASES.map((phase) => ({ phase, count: steps.filter((s) => s.phase === phase).length })).filter(
        (p) => p.count > 0,
      ),
    [steps],
  );
  return (
    <ol className="mt-3 grid gap-1.5 text-sm leading-snug sm:grid-cols-2 xl:grid-cols-1">
      {phases.map(({ phase, count }) => (
        <li key={phase}>
          <span className="font-semibold">{m[PHASE_LABELS[phase]]}</span>{' '}
          <span className={MUTED}>{f(o.steps, { steps: f(m.steps, { count }) })}</span>
          {f(o.summary, { summary: o[PHASE_SUMMARIES[phase]] })}
        </li>
      ))}
    </ol>
  );
}
