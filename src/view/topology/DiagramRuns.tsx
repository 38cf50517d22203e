/**
 * Runs of the diagram (runs.ts), each memoised on its items' identity and its `state`, its share
 * of the step's highlight, entering and selection: a step re-renders the runs it changed. The
 * step's sets are passed along but not compared: a run's state says all of them that it reads.
 */
import { memo } from 'react';
import type { TopologyElement, TopologyLink } from '../../layout/index.ts';
import { DiagramElement } from './DiagramElement.tsx';
import { LinkPath } from './LinkPath.tsx';
import { enteringLines } from './motion.ts';
import { sameList } from './same.ts';

interface RunProps<T> {
  readonly items: readonly T[];
  /** The run's ids highlighted and entering (and its entering lines' keys), joined. */
  readonly state: string;
  readonly touched: ReadonlySet<string>;
  readonly entering: ReadonlySet<string>;
  /** The selected id when it is in this run, else null. */
  readonly selectedId?: string | null;
  readonly overview?: boolean;
  readonly onSelect?: (id: string) => void;
}

function sameRun<T>(a: RunProps<T>, b: RunProps<T>): boolean {
  return (
    sameList(a.items, b.items, Object.is) &&
    a.state === b.state &&
    a.selectedId === b.selectedId &&
    a.overview === b.overview &&
    a.onSelect === b.onSelect
  );
}

export const ElementRun = memo(function ElementRun(props: RunProps<TopologyElement>) {
  const { items, touched, entering, selectedId, overview, onSelect } = props;
  return items.map((element) => (
    <DiagramElement
      key={element.id}
      element={element}
      selected={element.id === selectedId}
      highlighted={touched.has(element.id)}
      entering={entering.has(element.id)}
      enteringLines={enteringLines(entering, element.lines)}
      overview={overview === true}
      onSelect={onSelect as (id: string) => void}
    />
  ));
}, sameRun);

export const LinkRun = memo(function LinkRun({ items, entering, touched }: RunProps<TopologyLink>) {
  return items.map((link) => (
    <LinkPath
      key={link.id}
      link={link}
      entering={entering.has(link.from) || entering.has(link.to)}
      highlighted={touched.has(link.from)}
    />
  ));
}, sameRun);
