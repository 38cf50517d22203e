/**
 * Runs of the diagram (runs.ts), each memoised on its items' identity and its share of the step's
 * highlight, entering and selection: a step re-renders the runs it changed. The step's sets are
 * passed along but not compared: a run's keys say all of them that it reads.
 */
import { memo } from 'react';
import type { TopologyElement, TopologyLink } from '../../layout/index.ts';
import { DiagramElement } from './DiagramElement.tsx';
import { LinkPath } from './LinkPath.tsx';
import { enteringLines } from './motion.ts';
import { sameItems } from './runs.ts';

interface RunProps<T> {
  readonly items: readonly T[];
  /** This run's ids (and line keys) in the step's highlight and entering sets, newline-joined. */
  readonly litKey: string;
  readonly enteringKey: string;
  readonly touched: ReadonlySet<string>;
  readonly entering: ReadonlySet<string>;
}

function sameRun<T, P extends RunProps<T>>(rest: readonly (keyof P)[]) {
  return (a: P, b: P): boolean =>
    sameItems(a.items, b.items) &&
    a.litKey === b.litKey &&
    a.enteringKey === b.enteringKey &&
    rest.every((name) => Object.is(a[name], b[name]));
}

interface ElementRunProps extends RunProps<TopologyElement> {
  /** The selected id when it is in this run, else null. */
  readonly selectedId: string | null;
  readonly overview: boolean;
  readonly onSelect: (id: string) => void;
}

export const ElementRun = memo(
  function ElementRun(props: ElementRunProps) {
    const { items, touched, entering, selectedId, overview, onSelect } = props;
    return items.map((element) => (
      <DiagramElement
        key={element.id}
        element={element}
        selected={element.id === selectedId}
        highlighted={touched.has(element.id)}
        entering={entering.has(element.id)}
        enteringLines={enteringLines(entering, element.lines)}
        overview={overview}
        onSelect={onSelect}
      />
    ));
  },
  sameRun<TopologyElement, ElementRunProps>(['selectedId', 'overview', 'onSelect']),
);

export const LinkRun = memo(function LinkRun({ items, entering, touched }: RunProps<TopologyLink>) {
  return items.map((link) => (
    <LinkPath
      key={link.id}
      link={link}
      entering={entering.has(link.from) || entering.has(link.to)}
      highlighted={touched.has(link.from)}
    />
  ));
}, sameRun<TopologyLink, RunProps<TopologyLink>>([]));
