import { useMemo } from 'react';
import { whatif } from '../../i18n/en/whatif.ts';
import { selectSteps, stepWithheld, useExplorer } from '../../store/index.ts';
import { useEngineText } from '../i18n/useEngineText.ts';
import { useMessages } from '../i18n/useMessages.ts';
import { MUTED } from '../styles.ts';
import { firstObservations } from './operator-view.ts';

/**
 * The most failures listed: 5,000 nodes × 30 pods fail 27,120 steps, and listing them all put
 * 146,000 elements in the page, whose layout blocked it for 20–40 s on the 2-core machine.
 */
export const MAX_OBSERVATIONS = 100;

/**
 * What an operator would see for the failures of the construction: the failed steps with their
 * events, conditions and error messages, verbatim. Nothing when nothing failed. While a lesson
 * question waits, the failures of the steps it keeps back are left out (store/withheld.ts). The
 * first MAX_OBSERVATIONS are listed, and how many more there are said.
 */
export function OperatorView({ headingLevel = 3 }: { headingLevel?: 2 | 3 }) {
  const steps = useExplorer(selectSteps);
  const withheld = useExplorer((s) => s.withheld);
  const say = useEngineText();
  const { m, f, lang } = useMessages('whatif', whatif);
  const { observations, total } = useMemo(
    () => firstObservations(steps, (step) => !stepWithheld(withheld, step), MAX_OBSERVATIONS),
    [steps, withheld],
  );
  if (observations.length === 0) return null;
  const more = total - MAX_OBSERVATIONS;
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  return (
    <div className="flex flex-col gap-1.5">
      <Heading className={`text-xs font-semibold tracking-wide uppercase ${MUTED}`}>{m.operatorSees}</Heading>
      <ul className="flex flex-col gap-2 text-sm">
        {observations.map((o) => (
          <li key={o.step}>
            <span className="font-medium">{say(o.title)}</span>
            <span className={`text-xs ${MUTED}`}>{f(m.stepBy, { step: o.step, actor: o.actor })}</span>
            {o.messages.map((line) => (
              <span
                key={line}
                className="mt-1 block rounded-md border border-red-200 bg-red-50 px-2 py-1 font-mono text-xs break-words text-red-800 dark:border-red-900 dark:bg-red-950/60 dark:text-red-200"
              >
                {line}
              </span>
            ))}
          </li>
        ))}
      </ul>
      {more > 0 && (
        <p className={`text-xs ${MUTED}`}>
          {f(m.moreFailures, { count: more, shown: more.toLocaleString(lang === 'zh' ? 'zh-CN' : 'en-US') })}
        </p>
      )}
    </div>
  );
}
