import { memo, useContext } from 'react';
import { FONT_SIZE, ROUTE_DEST_COLUMN, type RouteBadge } from '../../layout/index.ts';
import { DiagramWords } from './diagram-words.ts';
import { useEnteringProgress } from './step-progress.ts';
import { TEXT } from './styles.ts';

export interface RouteRowsProps {
  readonly routes: RouteBadge;
  /** The route entering with this step (it slides in with the step's progress), or '' when none. */
  readonly entering: string;
  /** Route ids the current step touched (newline-joined). */
  readonly highlighted: string;
}

/** The vRouter's compact route table: destination and next hop per row. */
export const RouteRows = memo(function RouteRows({ routes, entering, highlighted }: RouteRowsProps) {
  const appear = useEnteringProgress(entering !== '');
  const say = useContext(DiagramWords);
  return (
    <g>
      {routes.rows.map((row) => {
        const enters = row.id === entering && appear < 1;
        const lit = highlighted.includes(`${row.id}\n`);
        const y = row.box.y + 12;
        return (
          <g
            key={row.id}
            opacity={enters ? appear : undefined}
            transform={enters ? `translate(${(1 - appear) * 40} 0)` : undefined}
          >
            {lit && (
              <rect {...row.box} rx={3} className="fill-lime-200/70 stroke-lime-600 dark:fill-lime-500/25" />
            )}
            <text
              x={row.box.x + 2}
              y={y}
              fontSize={FONT_SIZE.mono}
              className={row.type === 'custom' ? TEXT.mono : `${TEXT.muted} font-mono`}
            >
              {row.destination}
            </text>
            <text x={row.box.x + 2 + ROUTE_DEST_COLUMN} y={y} fontSize={FONT_SIZE.mono} className={TEXT.mono}>
              {`→ ${row.target}`}
            </text>
          </g>
        );
      })}
      {routes.more && (
        <text x={routes.more.x} y={routes.more.y} fontSize={FONT_SIZE.muted} className={TEXT.muted}>
          {say(routes.more.text)}
        </text>
      )}
      {routes.refusedLine && (
        <text
          x={routes.refusedLine.x}
          y={routes.refusedLine.y}
          fontSize={FONT_SIZE.muted}
          className="fill-red-700 font-semibold dark:fill-red-400"
        >
          {routes.refusedLine.text}
        </text>
      )}
    </g>
  );
});
