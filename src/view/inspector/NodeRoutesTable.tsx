import { useMemo } from 'react';
import { nodePlace } from '../../engine/index.ts';
import { inspector } from '../../i18n/en/inspector.ts';
import { selectPreviousWorld, selectWorld, useExplorer } from '../../store/index.ts';
import { useMessages } from '../i18n/useMessages.ts';
import { useRouteEvidenceRow } from '../packet/useHopEvidence.ts';
import { ADDED_ROW, MATCHED_LINE, MUTED, PANEL, PANEL_TITLE } from '../styles.ts';
import { artifactView } from './artifact-views.ts';

const CELL = 'px-2 py-1.5 align-top first:pl-3 last:pr-3';

/** The node's main routing table (its `ip route` as the engine prints it), as a real table. */
export function NodeRoutesTable({ node }: { node: string }) {
  const world = useExplorer(selectWorld);
  const before = useExplorer(selectPreviousWorld);
  const view = useMemo(() => artifactView(world, before, nodePlace(node), 'ip-route'), [world, before, node]);
  const matchedRow = useRouteEvidenceRow(nodePlace(node));
  const { m, f } = useMessages('inspector', inspector);
  const title = f(m.routesOn, { node });
  const titleId = `routes-on-${node}`;
  return (
    <section className={`${PANEL} shrink-0 overflow-hidden`} aria-labelledby={titleId}>
      <h2 id={titleId} className={`px-3 pt-2.5 pb-1.5 ${PANEL_TITLE}`}>
        {title}
      </h2>
      {view.missing !== null ? (
        <p className={`px-3 pb-2.5 text-sm italic ${MUTED}`}>{view.missing}</p>
      ) : (
        <div>
          <table aria-label={title} className="w-full text-left text-sm">
            <thead className={`text-xs ${MUTED}`}>
              <tr>
                <th scope="col" className={CELL}>
                  {m.destination}
                </th>
                <th scope="col" className={CELL}>
                  {m.via}
                </th>
                <th scope="col" className={CELL}>
                  {m.device}
                </th>
              </tr>
            </thead>
            <tbody className="font-mono text-xs">
              {view.rows.map((row, i) => {
                const cells = row.cells ?? {};
                const added = view.added.has(i);
                const matched = row.key !== null && row.key === matchedRow;
                const tone = matched ? MATCHED_LINE : added ? ADDED_ROW : '';
                return (
                  <tr
                    key={row.key ?? row.text}
                    data-matched={matched || undefined}
                    data-added={added || undefined}
                    className={`border-t border-slate-100 dark:border-slate-800 ${tone}`}
                  >
                    <td className={CELL}>
                      <span className="whitespace-nowrap">{cells.destination}</span>
                      {matched && <span className="sr-only"> (matched by the packet at this hop)</span>}
                      {added && <span className="sr-only"> (added at this step)</span>}
                      {cells.details && <span className={`block ${MUTED}`}>{cells.details}</span>}
                    </td>
                    <td className={`${CELL} whitespace-nowrap`}>{cells.via}</td>
                    <td className={`${CELL} whitespace-nowrap`}>{cells.dev}</td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
