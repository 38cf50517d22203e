import { FOCUS_RING } from '../styles.ts';

/** The dataplane buttons: pressed (shown) or not. */
export const BUTTON = `rounded-md border px-2 py-0.5 text-xs font-medium ${FOCUS_RING}`;
export const ON =
  'border-sky-700 bg-sky-700 text-white dark:border-sky-400 dark:bg-sky-500 dark:text-slate-950';
export const OFF = 'border-slate-300 hover:bg-slate-100 dark:border-slate-600 dark:hover:bg-slate-800';
