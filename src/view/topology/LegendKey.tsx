import type { ElementKind } from '../../layout/index.ts';
import { selectScenario, useExplorer } from '../../store/index.ts';
import { FOCUS_RING } from '../styles.ts';
import { FAILED_STROKE, FILL, RING, STROKE } from './styles.ts';

/** What each colour of the diagram stands for, from the VPC inwards. */
const SHAPES: readonly (readonly [ElementKind, string])[] = [
  ['vpc', 'VPC'],
  ['vpc-router', 'vRouter, with its route table'],
  ['vswitch', 'vSwitch: its bus joins the nodes'],
  ['node', 'ECS node'],
  ['eth0', 'eth0 and its address'],
  ['actor', 'who acts: kube-controller-manager, CCM, kubelet, the CNI plugin'],
  ['flanneld', 'flanneld pod (dashed: host network)'],
  ['cni0', "cni0 bridge, the pods' gateway"],
  ['vtep', 'flannel.1: the vxlan tunnel endpoint (VTEP)'],
  ['veth', "veth: the node's end of a pod's eth0"],
  ['pod', 'pod network namespace; dots are its containers'],
  ['nat-gateway', 'NAT gateway: SNAT to its EIP'],
  ['external', 'outside the VPC'],
];

/**
 * Terway's ENI chips (engine/terway/eni-pool.ts Eni: a secondary ENI terwayd attached, every one
 * of its private addresses a pod's), keyed only when the scenario runs on Terway.
 */
const ENI_ENTRY =
  'ENI (Terway): an elastic network interface terwayd attached to the ECS instance (eth1, eth2…); each of its private IPs is given to a pod';

/** The marks drawn over elements. */
const MARKS: readonly (readonly [string, string, string?])[] = [
  [RING.highlight, 'changed by this step, or matched at this hop (lime, no element’s colour)'],
  [RING.selected, 'selected: its files are in the Inspector'],
  [`fill-transparent ${FAILED_STROKE}`, 'failed: the narration says why (red means failure only)'],
  [
    'fill-transparent stroke-slate-500 dark:stroke-slate-400',
    'pending (ContainerCreating), or a bridge that is down',
    '4 3',
  ],
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
  const shapes: readonly (readonly [ElementKind, string])[] = terway
    ? [...SHAPES.slice(0, 5), ['eni', ENI_ENTRY], ...SHAPES.slice(5)]
    : SHAPES;
  return (
    <ul
      id={id}
      aria-label="Diagram legend"
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
          {label}
        </li>
      ))}
      {MARKS.map(([className, label, dash]) => (
        <li key={label} className="flex items-center gap-2 py-0.5">
          <Swatch className={className} dash={dash} />
          {label}
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
        the packet, in its own blue; its addresses in the pill beside it
      </li>
    </ul>
  );
}
