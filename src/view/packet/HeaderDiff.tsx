import { packet } from '../../i18n/en/packet.ts';
import { useMessages } from '../i18n/useMessages.ts';
import type { HeaderRow } from './hop-text.ts';

const CELL = 'px-2 py-1 align-top first:pl-0';

/** The headers before and after a hop as a table; a changed value is marked (and says so). */
export function HeaderDiff({ rows, hop }: { rows: readonly HeaderRow[]; hop: number }) {
  const { m, f } = useMessages('packet', packet);
  return (
    <table aria-label={f(m.headersTable, { hop })} className="w-full text-left text-xs">
      <thead className="text-slate-600 dark:text-slate-400">
        <tr>
          <th scope="col" className={CELL}>
            {m.header}
          </th>
          <th scope="col" className={CELL}>
            {m.before}
          </th>
          <th scope="col" className={CELL}>
            {m.after}
          </th>
        </tr>
      </thead>
      <tbody className="font-mono">
        {rows.map((row) => (
          <tr key={row.field} className="border-t border-slate-100 dark:border-slate-800">
            <th scope="row" className={`${CELL} font-sans font-medium whitespace-nowrap`}>
              {row.label}
            </th>
            <td className={`${CELL} whitespace-nowrap`}>{row.before}</td>
            <td className={`${CELL} whitespace-nowrap`}>
              {row.changed ? (
                <mark className="rounded bg-lime-200 px-1 text-lime-950 dark:bg-lime-500/30 dark:text-lime-50">
                  {row.after}
                  <span className="sr-only">{m.changed}</span>
                </mark>
              ) : (
                row.after
              )}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
