import { useMemo } from 'react';
import { PHASES, type Step } from '../engine/index.ts';
import { selectStepIndex, selectSteps, useExplorer, useExplorerStore } from '../store/index.ts';
import { NAV_HEADING } from '../view/styles.ts';
import { PHASE_LABELS } from './phase-labels.ts';
import { StepItem } from './StepItem.tsx';

/** The construction steps grouped by phase; the current one has aria-current="step". */
export function StepList() {
  const store = useExplorerStore();
  const steps = useExplorer(selectSteps);
  const current = useExplorer(selectStepIndex);
  const groups = useMemo(
    () =>
      PHASES.map((phase) => ({ phase, steps: steps.filter((s) => s.phase === phase) })).filter(
        (g) => g.steps.length > 0,
      ),
    [steps],
  );
  const onGo = store.getState().goTo;
  return (
    <ol aria-label="Construction steps" className="flex flex-col gap-3 p-2">
      {groups.map((group) => (
        <li key={group.phase}>
          <h2 className={NAV_HEADING}>
            {PHASE_LABELS[group.phase]}
            <span className="ml-1 font-normal normal-case">({countLabel(group.steps)})</span>
          </h2>
          <ol className="flex flex-col gap-0.5">
            {group.steps.map((s) => (
              <StepItem key={s.index} step={s} current={s.index === current} onGo={onGo} />
            ))}
          </ol>
        </li>
      ))}
    </ol>
  );
}

function countLabel(steps: readonly Step[]): string {
  const failed = steps.filter((s) => s.failed).length;
  const total = `${steps.length} step${steps.length === 1 ? '' : 's'}`;
  return failed > 0 ? `${total}, ${failed} failed` : total;
}
