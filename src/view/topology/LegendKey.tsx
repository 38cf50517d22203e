import { legend } from '../../i18n/en/legend.ts';
import type { ElementKind } from '../../layout/index.ts';
import { selectScenario, useExplorer } from '../../store/index.ts';
import { useMessages } from '../i18n/useMessages.ts';
import { FOCUS_RING } from '../styles.ts';
import { FAILED_STROKE, FILL, RING, STROKE } from './styles.ts';

/** What each colour of the diagram stands for, from the VPC inwards. */
type Entry = keyof typeof legend;

const SHAPES: readonly (readonly [ElementKind, Entry])[] = [
  ['vpc', 'vpc'],
  ['vpc-router', 'vpcRouter'],
  ['vswitch', 'vswitch'],
  ['node', 'node'],
  ['eth0', 'eth0'],
  ['actor', 'actor'],
  ['flanneld', 'flanneld'],
  ['cni0', 'cni0'],
  ['vtep', 'vtep'],
  ['veth', 'veth'],
  ['pod', 'pod'],
  ['nat-gateway', 'natGateway'],
  ['external', 'external'],
];

/** The marks drawn over elements. */
const MARKS: readonly (readonly [string, Entry, string?])[] = [
  [RING.highlight, 'highlight'],
  [RING.selected, 'selected'],
  [`fill-transparent ${FAILED_STROKE}`, 'failed'],
  ['fill-transparent stroke-slate-500 dark:stroke-slate-400', 'pending', '4 3'],
];

function Swatch({ className, dash }: { className: string; dash?: string }) {
  return (
    <svg width="28" height="16" viewBox="0 0 28 16" aria-hidden="true" className="shrink-0">
      <rect
        x="1.5"
        y="1.5"
        width="25"
        height="13"
        rx="3"
        strokeWidth="1.5"
        strokeDasharray={dash}
        className={className}
      />
    </svg>
  );
}

/** The legend's list (loaded when the legend is first opened, not with the page). */
export function LegendKey({ id }: { id: string }) {
  const terway = useExplorer(selectScenario).cluster.cni?.plugin === 'terway';
  const { m } = useMessages('legend', legend);
  // Terway's ENI chips (engine/terway/eni-pool.ts Eni: a secondary ENI terwayd attached, every one
  // of its private addresses a pod's), keyed only when the scenario runs on Terway.
  const shapes: readonly (readonly [ElementKind, Entry])[] = terway
    ? [...SHAPES.slice(0, 5), ['eni', 'eni'], ...SHAPES.slice(5)]
    : SHAPES;
  return (
    <ul
      id={id}
      aria-label={m.list}
      // biome-ignore lint/a11y/noNoninteractiveTabindex: the list scrolls in a small diagram, so it must be reachable by keyboard
      tabIndex={0}
      className={`min-h-0 overflow-y-auto rounded-lg ${FOCUS_RING} border border-slate-300 bg-white/95 p-2 text-xs shadow-md dark:border-slate-600 dark:bg-slate-900/95`}
    >
      {shapes.map(([kind, label]) => (
        <li key={kind} className="flex items-center gap-2 py-0.5">
          <Swatch
            className={`${FILL[kind]} ${STROKE[kind]}`}
            dash={kind === 'flanneld' ? '4 3' : undefined}
          />
          {m[label]}
        </li>
      ))}
      {MARKS.map(([className, label, dash]) => (
        <li key={label} className="flex items-center gap-2 py-0.5">
          <Swatch className={className} dash={dash} />
          {m[label]}
        </li>
      ))}
      <li className="flex items-center gap-2 py-0.5">
        <svg width="28" height="16" viewBox="0 0 28 16" aria-hidden="true" className="shrink-0">
          <circle
            cx="14"
            cy="8"
            r="5"
            strokeWidth="2"
            className="fill-blue-600 stroke-white dark:fill-blue-400 dark:stroke-slate-900"
          />
        </svg>
        {m.packet}
      </li>
    </ul>
  );
}
