import { useMemo } from 'react';
import { type Dataplane, dataplaneLabel } from '../../engine/index.ts';
import { compareDataplanes } from '../../engine/packet/index.ts';
import { dataplane as en } from '../../i18n/en/dataplane.ts';
import { selectBaseScenario, selectWalkRequest, useExplorer } from '../../store/index.ts';
import { useEngineText } from '../i18n/useEngineText.ts';
import { useMessages } from '../i18n/useMessages.ts';
import { BUTTON, OFF, ON } from './buttons.ts';

/** The engine's facts of two dataplanes side by side, what differs marked; a column's button shows it. */
export function CompareTable({
  dataplanes,
  onShow,
  shown,
}: {
  dataplanes: readonly Dataplane[];
  onShow: (d: Dataplane) => void;
  shown: Dataplane;
}) {
  const base = useExplorer(selectBaseScenario);
  const walk = useExplorer(selectWalkRequest);
  const { m, f } = useMessages('dataplane', en);
  const say = useEngineText();
  const comparison = useMemo(() => compareDataplanes(base, dataplanes, walk), [base, dataplanes, walk]);
  return (
    <table aria-label={m.table} className="w-full text-left text-xs">
      <thead>
        <tr>
          <th scope="col" className="py-1 pr-1 align-bottom font-medium">
            <span className="sr-only">{m.fact}</span>
          </th>
          {dataplanes.map((d) => (
            <th key={d} scope="col" className="px-1 py-1 align-bottom font-medium">
              <button
                type="button"
                aria-pressed={shown === d}
                onClick={() => onShow(d)}
                title={f(m.showOn, { label: say(dataplaneLabel(d)) })}
                className={`${BUTTON} ${shown === d ? ON : OFF}`}
              >
                {d}
              </button>
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {comparison.rows.map((row) => (
          <tr key={row.label} className="border-t border-slate-200 dark:border-slate-800">
            <th scope="row" className="py-1 pr-1 align-top font-medium">
              {say(row.labelText)}
            </th>
            {row.texts.map((text, i) => (
              <td key={dataplanes[i]} className="px-1 py-1 align-top break-words">
                {row.differs ? (
                  <mark className="rounded bg-amber-100 px-0.5 text-amber-950 dark:bg-amber-500/25 dark:text-amber-50">
                    {say(text)}
                    {i === 0 && <span className="sr-only">{m.differs}</span>}
                  </mark>
                ) : (
                  say(text)
                )}
              </td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
