/**
 * Tailwind classes for the diagram, light and dark (`dark:` follows the `dark` class on <html>).
 * Class names are written out in full so Tailwind's scanner finds them.
 */
import type { ElementKind, LineStyle } from '../../layout/index.ts';

export const FILL: Readonly<Record<ElementKind, string>> = {
  vpc: 'fill-sky-50 dark:fill-sky-950/50',
  'vpc-router': 'fill-white dark:fill-slate-900',
  vswitch: 'fill-sky-100 dark:fill-sky-900/70',
  'nat-gateway': 'fill-teal-50 dark:fill-teal-950',
  external: 'fill-slate-100 dark:fill-slate-800',
  'control-plane': 'fill-fuchsia-50 dark:fill-fuchsia-950/40',
  actor: 'fill-fuchsia-100 dark:fill-fuchsia-900/70',
  node: 'fill-white dark:fill-slate-900',
  eth0: 'fill-emerald-50 dark:fill-emerald-950',
  eni: 'fill-emerald-50 dark:fill-emerald-950',
  flanneld: 'fill-violet-50 dark:fill-violet-950',
  cni0: 'fill-amber-100 dark:fill-amber-900/70',
  vtep: 'fill-rose-50 dark:fill-rose-950',
  pod: 'fill-indigo-50 dark:fill-indigo-950',
  veth: 'fill-amber-50 dark:fill-amber-950',
  container: 'fill-indigo-400 dark:fill-indigo-300',
};

export const STROKE: Readonly<Record<ElementKind, string>> = {
  vpc: 'stroke-sky-400 dark:stroke-sky-700',
  'vpc-router': 'stroke-sky-600 dark:stroke-sky-400',
  vswitch: 'stroke-sky-500 dark:stroke-sky-500',
  'nat-gateway': 'stroke-teal-600 dark:stroke-teal-400',
  external: 'stroke-slate-500 dark:stroke-slate-400',
  'control-plane': 'stroke-fuchsia-400 dark:stroke-fuchsia-700',
  actor: 'stroke-fuchsia-500 dark:stroke-fuchsia-400',
  node: 'stroke-slate-400 dark:stroke-slate-500',
  eth0: 'stroke-emerald-600 dark:stroke-emerald-400',
  eni: 'stroke-emerald-600 dark:stroke-emerald-400',
  flanneld: 'stroke-violet-500 dark:stroke-violet-400',
  cni0: 'stroke-amber-600 dark:stroke-amber-400',
  vtep: 'stroke-rose-600 dark:stroke-rose-400',
  pod: 'stroke-indigo-500 dark:stroke-indigo-400',
  veth: 'stroke-amber-500 dark:stroke-amber-500',
  container: 'stroke-none',
};

/** The halo behind an overview brief: the colour of the boxes it is written over. */
export const BRIEF_HALO = 'stroke-white dark:stroke-slate-900';

export const FAILED_STROKE = 'stroke-red-600 dark:stroke-red-400';

export const RADIUS: Readonly<Record<ElementKind, number>> = {
  vpc: 14,
  'vpc-router': 8,
  vswitch: 6,
  'nat-gateway': 8,
  external: 24,
  'control-plane': 10,
  actor: 11,
  node: 10,
  eth0: 6,
  eni: 6,
  flanneld: 11,
  cni0: 6,
  vtep: 6,
  pod: 8,
  veth: 4,
  container: 1,
};

export const TEXT: Readonly<Record<LineStyle, string>> = {
  title: 'fill-slate-900 font-semibold dark:fill-slate-50',
  label: 'fill-slate-800 dark:fill-slate-100',
  mono: 'fill-slate-800 font-mono dark:fill-slate-100',
  muted: 'fill-slate-600 dark:fill-slate-300',
};

export const BADGE = {
  error: { fill: 'fill-red-600 dark:fill-red-500', text: 'fill-white font-semibold' },
  info: { fill: 'fill-slate-200 dark:fill-slate-700', text: 'fill-slate-800 dark:fill-slate-100' },
} as const;

export const RING = {
  selected: 'fill-none stroke-cyan-500 dark:stroke-cyan-300',
  focus: 'fill-none stroke-blue-700 opacity-0 group-focus-visible:opacity-100 dark:stroke-blue-300',
  highlight: 'fill-lime-300/25 stroke-lime-600 dark:fill-lime-400/15 dark:stroke-lime-300',
} as const;

export const LINK: Readonly<Record<string, string>> = {
  'vswitch-bus': 'stroke-sky-500 dark:stroke-sky-500',
  uplink: 'stroke-sky-600 dark:stroke-sky-400',
  nat: 'stroke-teal-600 dark:stroke-teal-400',
  internet: 'stroke-teal-600 dark:stroke-teal-400',
  eth0: 'stroke-emerald-600 dark:stroke-emerald-400',
  'host-route': 'stroke-slate-500 dark:stroke-slate-400',
  vtep: 'stroke-rose-600 dark:stroke-rose-400',
  veth: 'stroke-amber-600 dark:stroke-amber-400',
};
