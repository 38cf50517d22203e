import { useMemo } from 'react';
import { type Params, PHASES, type Step } from '../../engine/index.ts';
import { timeline } from '../../i18n/en/timeline.ts';
import { selectStepIndex, selectSteps, useExplorer, useExplorerStore } from '../../store/index.ts';
import { useEngineText } from '../i18n/useEngineText.ts';
import { useMessages } from '../i18n/useMessages.ts';
import { PHASE_LABELS } from './phase-labels.ts';
import { type TimelineGroup, TimelineList } from './TimelineList.tsx';

/** A step's title and actor; a red marker when it failed. */
function StepText({ item: step }: { readonly item: Step; readonly current: boolean }) {
  const { m } = useMessages('timeline', timeline);
  const say = useEngineText();
  return (
    <>
      <span className={`block ${step.failed ? 'font-medium text-red-700 dark:text-red-400' : ''}`}>
        {step.failed && (
          <span
            aria-hidden="true"
            className="mr-1.5 inline-block size-2 rounded-full bg-red-600 align-middle"
          />
        )}
        {say(step.titleText)}
      </span>
      <span className="block text-xs text-slate-600 dark:text-slate-400">
        {step.actor}
        {step.failed && <span className="font-semibold text-red-700 dark:text-red-400"> · {m.failed}</span>}
      </span>
    </>
  );
}

const stepNumber = (step: Step) => step.index;

/** The construction steps grouped by phase; the current one has aria-current="step". */
export function StepList() {
  const store = useExplorerStore();
  const steps = useExplorer(selectSteps);
  const current = useExplorer(selectStepIndex);
  const keptFrom = useExplorer((s) => s.withheld?.stepsFrom ?? null);
  const { m, f } = useMessages('timeline', timeline);
  const byPhase = useMemo(() => stepsByPhase(steps), [steps]);
  const groups = useMemo<TimelineGroup<Step>[]>(
    () =>
      PHASES.flatMap((phase) => {
        const items = byPhase.get(phase);
        return items
          ? [{ key: phase, title: m[PHASE_LABELS[phase]], count: countLabel(items, m, f), items }]
          : [];
      }),
    [byPhase, m, f],
  );
  return (
    <TimelineList
      label={m.constructionSteps}
      kind="step"
      groups={groups}
      current={current}
      numberOf={stepNumber}
      onGo={store.getState().goTo}
      Content={StepText}
      keptFrom={keptFrom}
    />
  );
}

function countLabel(
  items: readonly Step[],
  m: typeof timeline,
  f: (message: string, params: Params) => string,
): string {
  const failed = items.filter((s) => s.failed).length;
  const steps = f(m.steps, { count: items.length });
  return failed > 0 ? f(m.stepsFailed, { steps, failed }) : steps;
}

/**
 * The steps of each phase, in order, in one pass: a filter per phase went over a large scenario's
 * 129,882 steps once for each of the phases, on its first draw.
 */
function stepsByPhase(steps: readonly Step[]): Map<Step['phase'], Step[]> {
  const byPhase = new Map<Step['phase'], Step[]>();
  for (const step of steps) {
    const items = byPhase.get(step.phase);
    if (items) items.push(step);
    else byPhase.set(step.phase, [step]);
  }
  return byPhase;
}
