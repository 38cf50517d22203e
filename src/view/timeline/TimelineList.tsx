import { type ComponentType, memo } from 'react';
import { timeline } from '../../i18n/en/timeline.ts';
import { useMessages } from '../i18n/useMessages.ts';
import { FOCUS_RING, NAV_HEADING } from '../styles.ts';
import { windowGroups } from './timeline-window.ts';
import { useKeptInNav } from './useKeptInNav.ts';

/** The construction's steps (sky) or a walk's hops (blue, the packet's colour). */
export type TimelineKind = 'step' | 'hop';

export interface TimelineGroup<T> {
  readonly key: string;
  /** The group's heading text and, after it, its count ("(12 steps)"). */
  readonly title: string;
  readonly count: string;
  readonly items: readonly T[];
}

interface Props<T> {
  /** The list's accessible name: "Construction steps", "Packet hops" (DESIGN.md §3.4). */
  readonly label: string;
  readonly kind: TimelineKind;
  readonly groups: readonly TimelineGroup<T>[];
  /** The cursor's position; the item with this number has aria-current="step". */
  readonly current: number;
  readonly numberOf: (item: T) => number;
  readonly onGo: (position: number) => void;
  /** An item's text beside its number (a component defined once, so unchanged items skip rendering). */
  readonly Content: ComponentType<{ readonly item: T; readonly current: boolean }>;
  /**
   * Items from this number on are kept back while a lesson question waits (store/withheld.ts):
   * not listed, and a note says so. Null or absent: every item is listed.
   */
  readonly keptFrom?: number | null;
}

type Id = keyof typeof timeline;

const KEPT_BACK: Readonly<Record<TimelineKind, Id>> = { step: 'keptBackSteps', hop: 'keptBackHops' };
const NOT_LISTED: Readonly<Record<TimelineKind, Readonly<Record<'before' | 'after', Id>>>> = {
  step: { before: 'earlierSteps', after: 'laterSteps' },
  hop: { before: 'earlierHops', after: 'laterHops' },
};

const LOOK: Readonly<
  Record<TimelineKind, { list: string; heading: string; current: string; Heading: 'h2' | 'h3' }>
> = {
  step: {
    list: 'flex flex-col gap-3 p-2',
    Heading: 'h2',
    heading: NAV_HEADING,
    current: 'border-sky-600 bg-sky-100 dark:border-sky-400 dark:bg-sky-950',
  },
  hop: {
    list: 'flex flex-col gap-3',
    Heading: 'h3',
    heading: 'px-2 py-1 text-xs font-semibold tracking-wide text-slate-600 uppercase dark:text-slate-400',
    current: 'border-blue-600 bg-blue-50 dark:border-blue-400 dark:bg-blue-950/60',
  },
};

/**
 * The one timeline list: the items of a cursor's track (steps or hops) in groups, each a button
 * that moves the cursor there; the current one has aria-current="step" and is kept in view.
 */
export function TimelineList<T>(props: Props<T>) {
  const { label, kind, current, numberOf, onGo, Content, keptFrom } = props;
  const look = LOOK[kind];
  const { m, f } = useMessages('timeline', timeline);
  const groups =
    keptFrom == null
      ? props.groups
      : props.groups
          .map((g) => ({ ...g, items: g.items.filter((item) => numberOf(item) < keptFrom) }))
          .filter((g) => g.items.length > 0);
  const kept = keptFrom != null && props.groups.some((g) => g.items.some((i) => numberOf(i) >= keptFrom));
  const listed = windowGroups(groups, current, numberOf);
  return (
    <ol aria-label={label} className={look.list}>
      {groups.map((group, g) => (
        <li key={group.key}>
          <look.Heading className={look.heading}>
            {group.title}
            <span className="ml-1 font-normal normal-case">({group.count})</span>
          </look.Heading>
          <ol className="flex flex-col gap-0.5">
            <NotListed count={listed[g]?.before ?? 0} kind={kind} where="before" />
            {(listed[g]?.items ?? []).map((item) => {
              const n = numberOf(item);
              const isCurrent = n === current;
              return (
                <TimelineItem
                  key={n}
                  number={n}
                  item={item}
                  current={isCurrent}
                  look={look.current}
                  onGo={onGo}
                  Content={Content as ComponentType<{ item: unknown; current: boolean }>}
                />
              );
            })}
            <NotListed count={listed[g]?.after ?? 0} kind={kind} where="after" />
          </ol>
        </li>
      ))}
      {kept && (
        <li data-kept-back className="px-2 text-xs text-slate-600 italic dark:text-slate-400">
          {f(m[KEPT_BACK[kind]], { n: keptFrom })}
        </li>
      )}
    </ol>
  );
}

/** Where a long timeline leaves items out (timeline-window.ts): how many, and how to reach them. */
function NotListed(props: {
  readonly count: number;
  readonly kind: TimelineKind;
  readonly where: 'before' | 'after';
}) {
  const { m, f, lang } = useMessages('timeline', timeline);
  if (props.count === 0) return null;
  const shown = props.count.toLocaleString(lang === 'zh' ? 'zh-CN' : 'en-US');
  return (
    <li data-not-listed className="px-2 py-1 text-xs text-slate-600 italic dark:text-slate-400">
      {f(m[NOT_LISTED[props.kind][props.where]], { shown, count: props.count })}
    </li>
  );
}

interface ItemProps {
  readonly number: number;
  readonly item: unknown;
  readonly current: boolean;
  readonly look: string;
  readonly onGo: (position: number) => void;
  readonly Content: ComponentType<{ item: unknown; current: boolean }>;
}

const TimelineItem = memo(function TimelineItem({ number, item, current, look, onGo, Content }: ItemProps) {
  const ref = useKeptInNav(current);
  return (
    <li ref={ref} aria-current={current ? 'step' : undefined}>
      <button
        type="button"
        onClick={() => onGo(number)}
        className={`flex w-full gap-2 rounded-md border-l-4 px-2 py-1.5 text-left text-sm ${FOCUS_RING} ${
          current ? look : 'border-transparent hover:bg-slate-100 dark:hover:bg-slate-800'
        }`}
      >
        <span className="min-w-7 shrink-0 text-right text-slate-600 tabular-nums dark:text-slate-400">
          {number}
        </span>
        <span className="min-w-0 grow">
          <Content item={item} current={current} />
        </span>
      </button>
    </li>
  );
});
