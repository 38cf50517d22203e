import { memo, type ReactNode, useEffect, useMemo, useRef } from 'react';
import { inspector } from '../../i18n/en/inspector.ts';
import {
  selectCurrentStep,
  selectPreviousWorld,
  selectProgress,
  selectScenarioRouteQuota,
  selectWorld,
  useExplorer,
} from '../../store/index.ts';
import { afterNextPaint } from '../after-paint.ts';
import { easeCubicOut } from '../ease.ts';
import { useMessages } from '../i18n/useMessages.ts';
import { useVpcEvidenceDestination } from '../packet/useHopEvidence.ts';
import { scrollWithin } from '../scroll-within.ts';
import { ADDED_ROW, FAILED_TEXT, MATCHED_LINE, MUTED, PANEL, PANEL_TITLE } from '../styles.ts';
import { NEXT_HOP_KIND, refusedRoutes, type VpcRouteRow, vpcRouteRows } from './vpc-route-rows.ts';

/** The table's sticky header height, kept clear when scrolling a row into view. */
const HEADER_PX = 32;
const CELL = 'px-2 py-1.5 align-top first:pl-3 last:pr-3';

type RowStyle = { transform?: string; opacity: number } | undefined;

interface RouteRowProps {
  readonly row: VpcRouteRow;
  readonly style?: RowStyle;
  /** The entry a packet hop matched: marked, and scrolled into view. */
  readonly matched?: boolean;
  readonly children?: ReactNode;
}

const RouteRow = memo(function RouteRow({ row, style, matched = false, children }: RouteRowProps) {
  const { entry, change } = row;
  const { m } = useMessages('inspector', inspector);
  const tone = matched
    ? `${MATCHED_LINE} outline-2 -outline-offset-2 outline-lime-600`
    : change === 'added'
      ? ADDED_ROW
      : change === 'removed'
        ? 'bg-red-50 line-through dark:bg-red-950/50'
        : '';
  return (
    <tr
      style={style}
      data-matched={matched || undefined}
      data-added={(!matched && change === 'added') || undefined}
      className={`border-t border-slate-100 dark:border-slate-800 ${tone}`}
    >
      <td className={`${CELL} font-mono text-[0.8rem] whitespace-nowrap`}>
        {entry.destination}
        {matched && (
          <>
            <span className="sr-only">{m.matchedByPacket}</span>
            <ScrollIntoTable />
          </>
        )}
        {change !== 'none' && (
          <span className="sr-only">{change === 'added' ? m.addedAtStep : m.removedAtStep}</span>
        )}
        {children}
      </td>
      <td className={CELL}>
        <span className="font-mono text-[0.8rem] whitespace-nowrap">{entry.nextHop}</span>
        {entry.node && <span className="font-semibold"> ({entry.node})</span>}
        <span className={`block text-xs ${MUTED}`}>{m[NEXT_HOP_KIND[entry.nextHopType]]}</span>
      </td>
      <td className={`${CELL} whitespace-nowrap`}>{entry.type === 'custom' ? m.typeCustom : m.typeSystem}</td>
    </tr>
  );
});

/** Scrolls the table (never the page) to show the row it sits in, once that row is painted. */
function ScrollIntoTable() {
  const marker = useRef<HTMLSpanElement>(null);
  useEffect(
    () =>
      afterNextPaint(() => {
        const tr = marker.current?.closest('tr') ?? null;
        scrollWithin(tr?.closest<HTMLElement>('[data-scroll]') ?? null, tr, HEADER_PX);
      }),
    [],
  );
  return <span ref={marker} />;
}

/**
 * A row the current step added (it slides in) or removed (it fades), driven by the one clock's
 * progress. Only these rows follow the clock; the others render once per step.
 */
function ChangedRouteRow({ row }: { row: VpcRouteRow }) {
  const t = easeCubicOut(useExplorer(selectProgress));
  const style =
    row.change === 'added'
      ? { transform: `translateX(${(-(1 - t) * 24).toFixed(1)}px)`, opacity: 0.25 + 0.75 * t }
      : { opacity: 1 - 0.5 * t };
  return (
    <RouteRow row={row} style={t < 1 || row.change === 'removed' ? style : undefined}>
      <ScrollIntoTable />
    </RouteRow>
  );
}

/** The VPC's route table as it stands at the current step: always on screen, a real table. */
export function VpcRouteTable() {
  const world = useExplorer(selectWorld);
  const before = useExplorer(selectPreviousWorld);
  const step = useExplorer(selectCurrentStep);
  const quota = useExplorer(selectScenarioRouteQuota);
  const { m, f } = useMessages('inspector', inspector);
  // While a lesson question waits, a deleted row and the notes on refused routes name causes:
  // the table shows what the console would, the entries that are there (store/withheld.ts).
  const quiet = useExplorer((s) => s.withheld !== null);
  const rows = useMemo(() => {
    const all = vpcRouteRows(world, before, step);
    return quiet ? all.filter((r) => r.change !== 'removed') : all;
  }, [world, before, step, quiet]);
  const matched = useVpcEvidenceDestination();
  const refused = useMemo(() => (quiet ? [] : refusedRoutes(world)), [world, quiet]);
  const custom = world.vpc.routeTable.filter((e) => e.type === 'custom').length;
  return (
    <section className={`${PANEL} shrink-0 overflow-hidden`} aria-labelledby="vpc-route-table-title">
      <div className="flex items-baseline justify-between gap-2 px-3 pt-2.5 pb-1.5">
        <h2 id="vpc-route-table-title" className={PANEL_TITLE}>
          {m.vpcRouteTable}
        </h2>
        {world.vpc.created && (
          <span className={`text-xs ${MUTED}`}>{f(m.customEntries, { count: custom, quota })}</span>
        )}
      </div>
      <div
        data-scroll
        // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region must be reachable by keyboard
        tabIndex={0}
        className="focus-visible:outline-2 focus-visible:outline-sky-600 xl:max-h-[42dvh] xl:overflow-y-auto"
      >
        <table aria-labelledby="vpc-route-table-title" className="w-full text-left text-sm">
          <thead className={`sticky top-0 z-10 bg-white text-xs dark:bg-slate-900 ${MUTED}`}>
            <tr>
              <th scope="col" className={CELL}>
                {m.destination}
              </th>
              <th scope="col" className={CELL}>
                {m.nextHop}
              </th>
              <th scope="col" className={CELL}>
                {m.type}
              </th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row) =>
              row.change === 'none' ? (
                <RouteRow key={row.entry.destination} row={row} matched={row.entry.destination === matched} />
              ) : (
                <ChangedRouteRow key={`${row.entry.destination}|${row.change}`} row={row} />
              ),
            )}
            {!world.vpc.created && (
              <tr>
                <td colSpan={3} className={`${CELL} ${MUTED}`}>
                  {m.vpcMissing}
                </td>
              </tr>
            )}
          </tbody>
        </table>
      </div>
      {refused.length > 0 && (
        <ul className={`border-t border-slate-100 px-3 py-1.5 text-sm dark:border-slate-800 ${FAILED_TEXT}`}>
          {refused.map((r) => (
            <li key={r.node}>
              <span className="font-semibold">{f(m.noRoute, { node: r.node })}</span>
              {r.message ? ` · ${r.message}` : ` (${r.status})`}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
