import { useMemo } from 'react';
import { nodePlace } from '../../engine/index.ts';
import { selectPreviousWorld, selectWorld, useExplorer } from '../../store/index.ts';
import { useRouteEvidenceLine } from '../packet/useHopEvidence.ts';
import { MATCHED_LINE, MUTED, PANEL, PANEL_TITLE } from '../styles.ts';
import { artifactView } from './artifact-views.ts';
import { parseIpRouteLine } from './ip-route-rows.ts';

const CELL = 'px-2 py-1.5 align-top first:pl-3 last:pr-3';

/** The node's main routing table (its `ip route` as the engine prints it), as a real table. */
export function NodeRoutesTable({ node }: { node: string }) {
  const world = useExplorer(selectWorld);
  const before = useExplorer(selectPreviousWorld);
  const view = useMemo(() => artifactView(world, before, nodePlace(node), 'ip-route'), [world, before, node]);
  const matchedLine = useRouteEvidenceLine(nodePlace(node));
  const title = `Routes on ${node}`;
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
                  Destination
                </th>
                <th scope="col" className={CELL}>
                  Via
                </th>
                <th scope="col" className={CELL}>
                  Device
                </th>
              </tr>
            </thead>
            <tbody className="font-mono text-xs">
              {view.lines.map((line, i) => {
                const row = parseIpRouteLine(line);
                const added = view.added.has(i);
                const matched = line === matchedLine;
                const tone = matched ? MATCHED_LINE : added ? 'bg-emerald-100 dark:bg-emerald-900/50' : '';
                return (
                  <tr
                    key={line}
                    data-matched={matched || undefined}
                    className={`border-t border-slate-100 dark:border-slate-800 ${tone}`}
                  >
                    <td className={CELL}>
                      <span className="whitespace-nowrap">{row.destination}</span>
                      {matched && <span className="sr-only"> (matched by the packet at this hop)</span>}
                      {added && <span className="sr-only"> (added at this step)</span>}
                      {row.details && <span className={`block ${MUTED}`}>{row.details}</span>}
                    </td>
                    <td className={`${CELL} whitespace-nowrap`}>{row.via}</td>
                    <td className={`${CELL} whitespace-nowrap`}>{row.dev}</td>
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
